package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parameters of a database parameter group that turn something on or off (Redshift's {@code require_ssl},
 * DocumentDB's {@code tls}), as every front end reads them.
 */
public final class ParameterGroups {
  private ParameterGroups() {}

  /**
   * The fact that boolean parameter {@code parameter} states among {@code parameters} (each a map whose
   * {@code nameKey} names it and whose {@code valueKey} sets it): its value; unknown when an entry's name cannot be
   * read before it is found; false by default at {@code group} when no entry sets it.
   */
  public static Fact flag(List<Value> parameters, String nameKey, String valueKey, String parameter, Range group) {
    return setting(parameters, nameKey, valueKey, parameter, Value::asBoolean, false, group);
  }

  /**
   * As {@link #flag}, for a parameter whose value {@code reading} reads as on or off, and that is
   * {@code whenMissing} by default.
   */
  public static Fact setting(List<Value> parameters, String nameKey, String valueKey, String parameter,
      Function<Value, Optional<Boolean>> reading, boolean whenMissing, Range group) {
    for (Value item : parameters) {
      Optional<MapValue> entry = item.asMap();
      Optional<String> name = entry.flatMap(map -> map.get(nameKey)).flatMap(Value::asString);
      if (name.isEmpty()) {
        return Fact.unknown(parameter, item.range(), item.origin());
      }
      if (name.get().equals(parameter)) {
        return entry.get().entry(valueKey)
            .map(value -> Fact.of(value.value(), parameter, value.range(), reading))
            .orElseGet(() -> Fact.unknown(parameter, item.range(), List.of()));
      }
    }
    return Fact.byDefault(whenMissing, parameter, group);
  }
}

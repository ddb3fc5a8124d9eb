package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Boolean parameters of a database parameter group (a Redshift cluster's {@code require_ssl}), as every front end
 * reads them.
 */
public final class ParameterGroups {
  private ParameterGroups() {}

  /**
   * The fact that boolean parameter {@code parameter} states among {@code parameters} (each a map whose
   * {@code nameKey} names it and whose {@code valueKey} sets it): its value; unknown when an entry's name cannot be
   * read before it is found; false by default at {@code group} when no entry sets it.
   */
  public static Fact flag(List<Value> parameters, String nameKey, String valueKey, String parameter, Range group) {
    for (Value item : parameters) {
      Optional<MapValue> entry = item.asMap();
      Optional<String> name = entry.flatMap(map -> map.get(nameKey)).flatMap(Value::asString);
      if (name.isEmpty()) {
        return Fact.unknown(parameter, item.range(), item.origin());
      }
      if (name.get().equals(parameter)) {
        return entry.get().entry(valueKey)
            .map(value -> Fact.of(value.value(), parameter, value.range()))
            .orElseGet(() -> Fact.unknown(parameter, item.range(), List.of()));
      }
    }
    return Fact.byDefault(false, parameter, group);
  }
}

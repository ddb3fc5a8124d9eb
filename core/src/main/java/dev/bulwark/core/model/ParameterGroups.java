package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parameters of a database parameter group that turn something on or off (Redshift's {@code require_ssl},
 * DocumentDB's {@code tls} and {@code audit_logs}, RDS's {@code rds.force_ssl}), as every front end reads them.
 */
public final class ParameterGroups {
  /**
   * The parameters with which an RDS or Aurora parameter group makes clients use TLS: {@code rds.force_ssl}
   * (PostgreSQL, SQL Server) and {@code require_secure_transport} (MySQL, MariaDB).
   */
  private static final List<String> RDS_TLS = List.of("rds.force_ssl", "require_secure_transport");
  private static final Set<String> ON = Set.of("on", "true", "yes", "1");
  private static final Set<String> OFF = Set.of("off", "false", "no", "0");

  private ParameterGroups() {}

  /**
   * Whether an RDS or Aurora parameter group whose {@code parameters} are entries naming a parameter in
   * {@code nameKey} and setting it in {@code valueKey} makes clients use TLS; unknown when it sets neither
   * parameter, since the default depends on the engine and its version.
   */
  public static Fact rdsTlsRequired(List<Value> parameters, String nameKey, String valueKey, Range group) {
    return RDS_TLS.stream().flatMap(name -> find(parameters, nameKey, valueKey, name, ParameterGroups::onOff)
            .stream()).findFirst()
        .orElseGet(() -> Fact.unknown(RDS_TLS.get(0), group, List.of()));
  }

  /**
   * As {@link #rdsTlsRequired(List, String, String, Range)}, for parameters written as a map from name to value
   * in {@code parameters} (unknown when the map cannot be read).
   */
  public static Fact rdsTlsRequired(Optional<MapEntry> parameters, Range group) {
    Optional<MapValue> map = parameters.flatMap(entry -> entry.value().asMap()).filter(MapValue::isKnown);
    if (parameters.isPresent() && map.isEmpty()) {
      return Fact.unknown(RDS_TLS.get(0), parameters.get().range(), parameters.get().value().origin());
    }
    return RDS_TLS.stream().flatMap(name -> map.flatMap(m -> m.entry(name)).stream()).findFirst()
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), ParameterGroups::onOff))
        .orElseGet(() -> Fact.unknown(RDS_TLS.get(0), group, List.of()));
  }

  /**
   * A setting of the parameter group a cluster names in {@code named} (its entry for {@code attribute}), where the
   * group itself is not at hand: off by default without a name (the engine's default group, located at
   * {@code header}, or at a null entry), off with a default group's name ({@code default.}...), at the name; else
   * unknown. The default groups leave settings such as {@code require_ssl} and auditing off.
   */
  public static Fact notAtHand(Optional<MapEntry> named, String attribute, Range header) {
    if (named.isEmpty() || named.get().value() instanceof NullValue) {
      return Fact.byDefault(false, attribute, named.map(MapEntry::range).orElse(header));
    }
    MapEntry entry = named.get();
    return entry.value().asString().filter(name -> name.startsWith("default."))
        .map(name -> Fact.known(false, attribute, entry.range(), entry.value().origin()))
        .orElseGet(() -> Fact.unknown(attribute, entry.range(), entry.value().origin()));
  }

  /**
   * A database parameter read as on or off the way PostgreSQL and MySQL read booleans: {@code on}/{@code off},
   * {@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}, in any case.
   */
  public static Optional<Boolean> onOff(Value value) {
    return value.asBoolean().or(() -> value.asString().map(text -> text.trim().toLowerCase(Locale.ROOT))
        .flatMap(text -> ON.contains(text) ? Optional.of(true)
            : OFF.contains(text) ? Optional.of(false) : Optional.empty()));
  }

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
    return find(parameters, nameKey, valueKey, parameter, reading)
        .orElseGet(() -> Fact.byDefault(whenMissing, parameter, group));
  }

  /**
   * As {@link #setting}, for a parameter whose default is not known: empty when no entry sets it.
   */
  public static Optional<Fact> find(List<Value> parameters, String nameKey, String valueKey, String parameter,
      Function<Value, Optional<Boolean>> reading) {
    for (Value item : parameters) {
      Optional<MapValue> entry = item.asMap();
      Optional<String> name = entry.flatMap(map -> map.get(nameKey)).flatMap(Value::asString);
      if (name.isEmpty()) {
        return Optional.of(Fact.unknown(parameter, item.range(), item.origin()));
      }
      if (name.get().equals(parameter)) {
        return Optional.of(entry.get().entry(valueKey)
            .map(value -> Fact.of(value.value(), parameter, value.range(), reading))
            .orElseGet(() -> Fact.unknown(parameter, item.range(), List.of())));
      }
    }
    return Optional.empty();
  }

  /**
   * The settings among {@code parameters} (each a map whose {@code nameKey} names a parameter and whose
   * {@code valueKey} sets it) that name a known parameter and set it, by name, in the order written.
   */
  public static Map<String, MapEntry> settings(List<Value> parameters, String nameKey, String valueKey) {
    Map<String, MapEntry> settings = new LinkedHashMap<>();
    for (Value parameter : parameters) {
      Optional<MapValue> entry = parameter.asMap();
      Optional<String> name = entry.flatMap(map -> map.get(nameKey)).flatMap(Value::asString);
      Optional<MapEntry> value = entry.flatMap(map -> map.entry(valueKey));
      if (name.isPresent() && value.isPresent()) {
        settings.put(name.get(), value.get());
      }
    }
    return settings;
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL parameters that log what a review of a server's use needs: connection attempts
 * ({@code log_connections}), session ends ({@code log_disconnections}), checkpoints, long lock waits and statement
 * durations; and on Cloud SQL, the pgAudit extension's session and object audit logging
 * ({@code cloudsql.enable_pgaudit}). PostgreSQL reads a boolean parameter from {@code on}/{@code off}, {@code true}/{@code false},
 * {@code yes}/{@code no} or {@code 1}/{@code 0}, in any case.
 */
public final class PostgresLogging {
  private static final Set<String> PARAMETERS = Set.of("log_connections", "log_disconnections", "log_checkpoints",
      "log_lock_waits", "log_duration", "cloudsql.enable_pgaudit");
  /**
   * Off by default in Cloud SQL, and asked for by CIS Google Cloud 6.2.2, 6.2.3 and 6.2.8; the others are checked
   * where they are set.
   */
  private static final List<String> OFF_BY_DEFAULT = List.of("log_connections", "log_disconnections",
      "cloudsql.enable_pgaudit");

  private PostgresLogging() {}

  /** Whether {@code name} is one of the logging parameters. */
  public static boolean isLogging(String name) {
    return PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The model of logging parameter {@code name} of {@code resource}, set to {@code value} at {@code range}. */
  public static DatabaseLogParameter set(Resource resource, String name, Value value, Range range) {
    return new DatabaseLogParameter(resource, onOff(name, value, range));
  }

  private static Fact onOff(String name, Value value, Range range) {
    return Fact.of(value, name.toLowerCase(Locale.ROOT), range, ParameterGroups::onOff);
  }

  /**
   * The logging parameters an RDS or Aurora parameter group sets: one model per logging parameter among
   * {@code settings} (each parameter's name and the entry that sets its value); none when the group's {@code family}
   * is known and not PostgreSQL's ({@code postgres...}, {@code aurora-postgresql...}). A parameter the group leaves
   * out keeps the engine's default, which is not assessed.
   */
  public static List<DatabaseLogParameter> rdsParameterGroup(Resource group, Optional<Value> family,
      Map<String, MapEntry> settings) {
    Optional<String> name = family.flatMap(Value::asString).map(text -> text.strip().toLowerCase(Locale.ROOT));
    if (name.isPresent() && !name.get().startsWith("postgres") && !name.get().startsWith("aurora-postgresql")) {
      return List.of();
    }
    return settings.entrySet().stream()
        .filter(setting -> isLogging(setting.getKey()))
        .map(setting -> new DatabaseLogParameter(group,
            onOff(setting.getKey(), setting.getValue().value(), setting.getValue().range()), true))
        .toList();
  }

  /**
   * A Cloud SQL instance's logging flags, none unless its {@code version} (its {@code database_version}, when known)
   * is a PostgreSQL one: one model per logging flag among {@code flags} (each a map of its {@code name} and
   * {@code value}), and, when the version, the list ({@code listKnown}) and every flag's name are known, one per flag
   * that is off by default and missing, located at {@code missingAt}.
   */
  public static List<DatabaseLogParameter> cloudSql(Resource instance, Optional<String> version, List<Value> flags,
      boolean listKnown, Range missingAt) {
    if (version.isPresent() && !version.get().startsWith("POSTGRES")) {
      return List.of();
    }
    List<DatabaseLogParameter> models = new ArrayList<>();
    Set<String> named = new HashSet<>();
    boolean missingDecidable = listKnown && version.isPresent();
    for (Value item : flags) {
      Optional<MapValue> flag = item.asMap();
      Optional<String> name = flag.flatMap(map -> map.entry("name")).flatMap(entry -> entry.value().asString());
      Optional<MapEntry> value = flag.flatMap(map -> map.entry("value"));
      if (name.isEmpty()) {
        missingDecidable = false;
        continue;
      }
      named.add(name.get().toLowerCase(Locale.ROOT));
      if (isLogging(name.get()) && value.isPresent()) {
        models.add(set(instance, name.get(), value.get().value(), value.get().range()));
      }
    }
    if (missingDecidable) {
      OFF_BY_DEFAULT.stream().filter(name -> !named.contains(name))
          .forEach(name -> models.add(new DatabaseLogParameter(instance, Fact.byDefault(false, name, missingAt))));
    }
    return models;
  }
}

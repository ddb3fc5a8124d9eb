package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.DatabaseLogParameter;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_sql_instance} (unless {@code state: absent}): the instance has a public IP address unless
 * {@code settings.ip_configuration.ipv4_enabled} is false (the API default is true; a missing option is located at
 * the deepest option present), and admits the {@code value} of each entry of
 * {@code settings.ip_configuration.authorized_networks}. Cloud SQL always encrypts its storage. It accepts
 * unencrypted connections unless {@code settings.ip_configuration.require_ssl} is true. A PostgreSQL instance's
 * logging flags are read from {@code settings.database_flags} ({@link PostgresLogging}).
 */
final class GcpSqlInstanceMapping implements ModuleMapping {
  private static final String REQUIRE_SSL = "require_ssl";

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_sql_instance");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    Fact publicIp = Fact.byDefault(true, "ipv4_enabled", task.range());
    Fact requireSsl = Fact.byDefault(false, REQUIRE_SSL, task.range());
    List<Located<String>> networks = List.of();
    Optional<MapEntry> settings = Args.entry(task.attributes(), "settings");
    if (settings.isPresent()) {
      Optional<MapValue> settingsMap = settings.get().value().asMap();
      Optional<MapEntry> ip = settingsMap.flatMap(map -> Args.entry(map, "ip_configuration"));
      if (settingsMap.isEmpty()) {
        publicIp = Fact.unknown("ipv4_enabled", settings.get().range(), settings.get().value().origin());
        requireSsl = Fact.unknown(REQUIRE_SSL, settings.get().range(), settings.get().value().origin());
      } else if (ip.isEmpty()) {
        publicIp = Fact.byDefault(true, "ipv4_enabled", settings.get().range());
        requireSsl = Fact.byDefault(false, REQUIRE_SSL, settings.get().range());
      } else if (ip.get().value() instanceof MapValue configuration) {
        publicIp = Args.flag(configuration, "ipv4_enabled", true, ip.get().range());
        requireSsl = Args.flag(configuration, REQUIRE_SSL, false, ip.get().range());
        networks = authorizedNetworks(configuration);
      } else {
        publicIp = Fact.unknown("ipv4_enabled", ip.get().range(), ip.get().value().origin());
        requireSsl = Fact.unknown(REQUIRE_SSL, ip.get().range(), ip.get().value().origin());
      }
    }
    List<CloudModel> models = new ArrayList<>(List.of(new DatabaseInstance(task, publicIp,
        Fact.byDefault(true, "settings", task.range()), DatabaseInstance.throughEndpoint(publicIp, networks),
        Fact.unknown("settings", task.range(), List.of()))
            .withKey(Args.customerKey(task, "disk_encryption_configuration", "kms_key_name")),
        new TrafficEncryption(task, requireSsl)));
    models.addAll(logFlags(task, settings));
    return models;
  }

  /** The logging flags among {@code settings.database_flags}; missing ones located at the deepest option present. */
  private static List<DatabaseLogParameter> logFlags(Resource task, Optional<MapEntry> settings) {
    Optional<MapValue> settingsMap = settings.flatMap(entry -> entry.value().asMap());
    if (settings.isPresent() && settingsMap.isEmpty()) {
      return List.of();
    }
    Optional<MapEntry> flagsEntry = settingsMap.flatMap(map -> Args.entry(map, "database_flags"));
    Optional<List<Value>> items = flagsEntry.isEmpty() ? Optional.of(List.of())
        : flagsEntry.get().value().asList();
    Range missingAt = flagsEntry.or(() -> settings).map(MapEntry::range).orElse(task.range());
    Optional<String> version = Args.entry(task.attributes(), "database_version")
        .flatMap(entry -> entry.value().asString());
    return PostgresLogging.cloudSql(task, version, items.orElse(List.of()), items.isPresent(), missingAt);
  }

  private static List<Located<String>> authorizedNetworks(MapValue configuration) {
    Optional<MapEntry> entry = Args.entry(configuration, "authorized_networks");
    if (entry.isEmpty()) {
      return List.of();
    }
    Optional<List<Value>> items = entry.get().value().asList();
    if (items.isEmpty()) {
      return List.of(Located.unknown("authorized_networks", entry.get().range(), entry.get().value().origin()));
    }
    List<Located<String>> networks = new ArrayList<>();
    for (Value item : items.get()) {
      Optional<MapEntry> value = item.asMap().flatMap(network -> network.entry("value"));
      networks.add(value
          .map(v -> Located.of(v.value(), "authorized_networks", v.range(), Value::asString))
          .orElseGet(() -> Located.unknown("authorized_networks", item.range(), item.origin())));
    }
    return networks;
  }

}

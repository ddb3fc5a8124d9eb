package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.DatabaseLogParameter;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_sql_database_instance}: it has a public IP address unless
 * {@code settings.ip_configuration.ipv4_enabled} is false (the provider default is true; a missing block is located
 * at the deepest block present), and admits the {@code value} of each {@code authorized_networks} block there
 * (through that address: without it, they admit no one).
 * Cloud SQL always encrypts its storage. It accepts unencrypted connections unless {@code ssl_mode} there says
 * otherwise ({@code ALLOW_UNENCRYPTED_AND_ENCRYPTED} by default) or the older {@code require_ssl} is true. A
 * PostgreSQL instance's logging flags are read from {@code settings.database_flags} ({@link PostgresLogging}).
 */
final class GcpSqlInstanceMapping implements ModelMapping {
  private static final String SSL_MODE = "ssl_mode";
  private static final String ALLOW_UNENCRYPTED = "ALLOW_UNENCRYPTED_AND_ENCRYPTED";

  @Override
  public Set<String> types() {
    return Set.of("google_sql_database_instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Module module) {
    Fact publicIp = Fact.byDefault(true, "ipv4_enabled", instance.range());
    Fact encryptedOnly = Fact.byDefault(false, SSL_MODE, instance.range());
    List<Located<String>> networks = List.of();
    NestedBlocks settings = NestedBlocks.of(instance.attributes(), "settings");
    if (settings.known().isEmpty() && settings.hasUnknown()) {
      publicIp = Fact.unknown("ipv4_enabled", instance.range(), List.of());
      encryptedOnly = Fact.unknown(SSL_MODE, instance.range(), List.of());
    } else if (!settings.known().isEmpty()) {
      MapValue block = settings.known().get(0);
      NestedBlocks ipConfiguration = NestedBlocks.of(block, "ip_configuration");
      if (!ipConfiguration.known().isEmpty()) {
        MapValue ip = ipConfiguration.known().get(0);
        publicIp = Fact.of(ip, "ipv4_enabled", true, ip.range());
        encryptedOnly = encryptedOnly(ip);
        networks = authorizedNetworks(ip, "authorized_networks", "value");
      } else if (ipConfiguration.hasUnknown()) {
        publicIp = Fact.unknown("ipv4_enabled", block.range(), List.of());
        encryptedOnly = Fact.unknown(SSL_MODE, block.range(), List.of());
      } else {
        publicIp = Fact.byDefault(true, "ipv4_enabled", block.range());
        encryptedOnly = Fact.byDefault(false, SSL_MODE, block.range());
      }
    }
    List<CloudModel> models = new ArrayList<>(List.of(new DatabaseInstance(instance, publicIp,
        Fact.byDefault(true, "settings", instance.range()), DatabaseInstance.throughEndpoint(publicIp, networks),
        Fact.unknown("settings", instance.range(), List.of()))
            .withKey(KmsKeys.customerManaged(instance.attributes(), "encryption_key_name", instance.range())),
        new TrafficEncryption(instance, encryptedOnly)));
    if (!settings.known().isEmpty()) {
      models.addAll(logFlags(instance, settings.known().get(0)));
    }
    return models;
  }

  /** The logging flags among the {@code database_flags} blocks of {@code settings}; missing ones located there. */
  private static List<DatabaseLogParameter> logFlags(Resource instance, MapValue settings) {
    Optional<String> version = instance.attributes().entry("database_version")
        .flatMap(entry -> entry.value().asString());
    return PostgresLogging.cloudSql(instance, version, NestedBlocks.of(settings, "database_flags").items(), true,
        settings.range());
  }

  /**
   * Whether the instance accepts encrypted connections only: an {@code ssl_mode} other than
   * {@code ALLOW_UNENCRYPTED_AND_ENCRYPTED} (the default), or the older {@code require_ssl = true}.
   */
  private static Fact encryptedOnly(MapValue ip) {
    return ip.entry(SSL_MODE)
        .map(entry -> Fact.of(entry.value(), SSL_MODE, entry.range(),
            value -> value.asString().map(mode -> !mode.equals(ALLOW_UNENCRYPTED))))
        .orElseGet(() -> ip.entry("require_ssl").isPresent() ? Fact.of(ip, "require_ssl", false, ip.range())
            : Fact.byDefault(false, SSL_MODE, ip.range()));
  }

  /**
   * The address ranges of each {@code block} of {@code parent}, the range in its {@code key}: a Cloud SQL instance's
   * {@code authorized_networks} ({@code value}), an AlloyDB instance's {@code authorized_external_networks}
   * ({@code cidr_range}); each located at its range, or unknown at its block.
   */
  static List<Located<String>> authorizedNetworks(MapValue parent, String block, String key) {
    List<Located<String>> networks = new ArrayList<>();
    for (Value item : NestedBlocks.of(parent, block).items()) {
      Range range = item.range();
      Optional<MapEntry> value = item.asMap().flatMap(settings -> settings.entry(key));
      networks.add(value
          .map(entry -> Located.of(entry.value(), block, entry.range(), Value::asString))
          .orElseGet(() -> Located.unknown(block, range, item.origin())));
    }
    return networks;
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A server parameter of an Azure database server, set by {@code azurerm_postgresql_configuration} (single server) or
 * {@code azurerm_postgresql_flexible_server_configuration} / {@code azurerm_mysql_flexible_server_configuration}:
 * <ul>
 *   <li>{@code require_secure_transport} {@code off} lets a flexible server's clients connect in plain text; a server
 *       without such a configuration requires TLS, its default;</li>
 *   <li>a PostgreSQL logging parameter ({@link PostgresLogging}) is on or off as its {@code value} says. A server
 *       without a configuration for it keeps Azure's default, which is not modelled;</li>
 *   <li>a flexible server's {@code tls_version} (MySQL: the versions it allows) or {@code ssl_min_protocol_version}
 *       (PostgreSQL) is the oldest TLS version it accepts ({@link TlsFloor}); without one, TLS 1.2 is the
 *       minimum.</li>
 * </ul>
 * The configuration is the resource of the model, so a finding points at its {@code value}.
 */
final class AzureServerConfigurationMapping implements ModelMapping {
  private static final String SECURE_TRANSPORT = "require_secure_transport";
  /** The parameters that set the TLS versions a flexible server accepts (MySQL, PostgreSQL). */
  private static final Set<String> TLS_PARAMETERS = Set.of("tls_version", "ssl_min_protocol_version");
  private static final Set<String> POSTGRESQL = Set.of("azurerm_postgresql_configuration",
      "azurerm_postgresql_flexible_server_configuration");
  private static final Set<String> FLEXIBLE = Set.of("azurerm_postgresql_flexible_server_configuration",
      "azurerm_mysql_flexible_server_configuration");

  @Override
  public Set<String> types() {
    return Set.of("azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration",
        "azurerm_mysql_flexible_server_configuration");
  }

  @Override
  public List<CloudModel> map(Resource configuration, Module module) {
    Optional<String> name = configuration.attributes().entry("name").flatMap(entry -> entry.value().asString());
    Optional<MapEntry> value = configuration.attribute("value");
    if (name.isEmpty()) {
      return List.of();
    }
    if (name.get().equalsIgnoreCase(SECURE_TRANSPORT) && FLEXIBLE.contains(configuration.type())) {
      return List.of(new TrafficEncryption(configuration, value
          .map(entry -> Fact.of(entry.value(), SECURE_TRANSPORT, entry.range(),
              text -> text.asString().map(setting -> !setting.equalsIgnoreCase("off"))))
          .orElseGet(() -> Fact.unknown(SECURE_TRANSPORT, configuration.range(), List.of()))));
    }
    if (TLS_PARAMETERS.contains(name.get().toLowerCase(Locale.ROOT)) && FLEXIBLE.contains(configuration.type())
        && value.isPresent()) {
      return List.of(new TlsFloor(configuration, Located.text(value.get())));
    }
    if (POSTGRESQL.contains(configuration.type()) && PostgresLogging.isLogging(name.get()) && value.isPresent()) {
      return List.of(PostgresLogging.set(configuration, name.get(), value.get().value(), value.get().range()));
    }
    return List.of();
  }
}

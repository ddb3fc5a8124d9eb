package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseConnections;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * A PostgreSQL or MySQL flexible server's {@code require_secure_transport} parameter, set by an
 * {@code azurerm_postgresql_flexible_server_configuration} or {@code azurerm_mysql_flexible_server_configuration}:
 * {@code off} lets clients connect in plain text. A server without such a configuration requires TLS, its default.
 */
final class AzureSecureTransportMapping implements ModelMapping {
  private static final String PARAMETER = "require_secure_transport";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration");
  }

  @Override
  public List<CloudModel> map(Resource configuration, Module module) {
    boolean secureTransport = configuration.attributes().get("name").flatMap(value -> value.asString())
        .filter(PARAMETER::equalsIgnoreCase).isPresent();
    return secureTransport ? List.of(new DatabaseConnections(configuration,
        configuration.attribute("value")
            .map(entry -> Fact.of(entry.value(), PARAMETER, entry.range(),
                value -> value.asString().map(text -> !text.equalsIgnoreCase("off"))))
            .orElseGet(() -> Fact.unknown(PARAMETER, configuration.range(), List.of()))))
        : List.of();
  }
}

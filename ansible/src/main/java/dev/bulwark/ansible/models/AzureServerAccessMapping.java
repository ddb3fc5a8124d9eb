package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public endpoint of an Azure SQL server ({@code azure_rm_sqlserver}), a PostgreSQL or MySQL flexible server
 * ({@code azure_rm_postgresqlflexibleserver}, {@code azure_rm_mysqlflexibleserver}) or a SQL managed instance
 * ({@code azure_rm_sqlmanagedinstance}: only with {@code public_data_endpoint_enabled}), unless
 * {@code state: absent} or the task starts, stops or restarts an existing server or changes its administrator
 * password (which sends the server's settings back as they are). A SQL server's {@code public_network_access} and a
 * PostgreSQL flexible server's {@code network.public_network_access} are {@code Enabled} unless set, as Azure creates
 * a server the modules send nothing for; a flexible server created in a subnet
 * ({@code network.delegated_subnet_resource_id}) has no public endpoint, and the MySQL module has no other option
 * for it. Who may connect is modelled from the firewall rule modules ({@link AzureFirewallRuleMapping}); storage
 * encryption and auditing are not read. A SQL server's or managed instance's {@code minimal_tls_version}, when the
 * task gives one, is the oldest TLS version it accepts ({@code None} accepts every version).
 */
final class AzureServerAccessMapping implements ModuleMapping {
  private static final String SQL_SERVER = "azure.azcollection.azure_rm_sqlserver";
  private static final String MYSQL = "azure.azcollection.azure_rm_mysqlflexibleserver";
  private static final String MANAGED_INSTANCE = "azure.azcollection.azure_rm_sqlmanagedinstance";
  private static final String PUBLIC_ACCESS = "public_network_access";
  private static final String NETWORK_ACCESS = "network.public_network_access";
  private static final String SUBNET = "network.delegated_subnet_resource_id";
  private static final List<String> OPERATIONS = List.of("is_start", "is_stop", "is_restart",
      "change_admin_password");

  @Override
  public Set<String> modules() {
    return Set.of(SQL_SERVER, "azure.azcollection.azure_rm_postgresqlflexibleserver", MYSQL, MANAGED_INSTANCE);
  }

  @Override
  public List<CloudModel> map(Resource server, UnitResources unit) {
    boolean operation = Args.entry(server.attributes(), "status").isPresent()
        || OPERATIONS.stream().anyMatch(name -> Args.entry(server.attributes(), name)
            .flatMap(entry -> Args.bool(entry.value())).orElse(false));
    if (Args.absent(server) || operation) {
      return List.of();
    }
    Fact publicAccess = switch (server.type()) {
      case SQL_SERVER -> sqlServerPublicAccess(server);
      case MANAGED_INSTANCE -> Args.flag(server.attributes(), "public_data_endpoint_enabled", false, server.range());
      default -> flexiblePublicAccess(server);
    };
    DatabaseInstance database = new DatabaseInstance(server, publicAccess, Fact.unknown("storage_encrypted",
        server.range(), List.of()));
    return TlsFloor.written(server, Args.entry(server.attributes(), "minimal_tls_version"))
        .<List<CloudModel>>map(tls -> List.of(database, tls)).orElseGet(() -> List.of(database));
  }

  /** A SQL server's {@code public_network_access}: {@code Enabled} unless set. */
  static Fact sqlServerPublicAccess(Resource server) {
    return Args.enabled(server.attributes(), PUBLIC_ACCESS, PUBLIC_ACCESS, server.range());
  }

  /**
   * A flexible server's access: none in a delegated subnet; else as the PostgreSQL module's
   * {@code network.public_network_access} says, and public by default (the MySQL module has no such option).
   */
  private static Fact flexiblePublicAccess(Resource server) {
    Optional<MapEntry> network = Args.entry(server.attributes(), "network");
    Optional<MapValue> settings = network.flatMap(entry -> entry.value().asMap());
    if (network.isPresent() && settings.isEmpty()) {
      return Fact.unknown(NETWORK_ACCESS, network.get().range(), network.get().value().origin());
    }
    MapValue given = settings.orElse(MapValue.of(List.of(), server.range()));
    Range at = network.map(MapEntry::range).orElse(server.range());
    Optional<MapEntry> subnet = Args.entry(given, "delegated_subnet_resource_id");
    if (subnet.isPresent() && Args.entry(given, PUBLIC_ACCESS).isEmpty()) {
      return Fact.known(false, SUBNET, subnet.get().range(), List.of());
    }
    return server.type().equals(MYSQL) ? Fact.byDefault(true, SUBNET, at)
        : Args.enabled(given, PUBLIC_ACCESS, NETWORK_ACCESS, at);
  }
}

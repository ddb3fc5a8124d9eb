package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/**
 * The Azure PostgreSQL, MySQL and MariaDB single server modules, unless {@code state: absent} or
 * {@code restarted: true} (which restarts an existing server): the server accepts plain-text connections unless
 * {@code enforce_ssl} (false by default) is true. Their network access is modelled from
 * the firewall rule modules ({@link AzureFirewallRuleMapping}).
 */
final class AzureDatabaseServerMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_postgresqlserver", "azure.azcollection.azure_rm_mysqlserver",
        "azure.azcollection.azure_rm_mariadbserver");
  }

  @Override
  public List<CloudModel> map(Resource server, UnitResources unit) {
    boolean restart = Args.entry(server.attributes(), "restarted").flatMap(entry -> Args.bool(entry.value()))
        .orElse(false);
    return Args.absent(server) || restart ? List.of()
        : List.of(new TrafficEncryption(server, Args.flag(server.attributes(), "enforce_ssl", false,
            server.range())));
  }
}

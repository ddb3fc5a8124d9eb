package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Azure database server firewall rule modules ({@code azure_rm_sqlfirewallrule} and the PostgreSQL, MySQL and
 * MariaDB ones, and Azure Cache for Redis's), unless {@code state: absent}. A rule stands for the server it
 * configures: a database model of which only the admitted addresses ({@code start_ip_address}..
 * {@code end_ip_address}, as {@code 0.0.0.0/0} located at {@code end_ip_address} when they are every address) are
 * known. A SQL server rule admits no one when every server task of the unit it names turns public network access
 * off.
 */
final class AzureFirewallRuleMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_sqlfirewallrule", "azure.azcollection.azure_rm_postgresqlfirewallrule",
        "azure.azcollection.azure_rm_mysqlfirewallrule", "azure.azcollection.azure_rm_mariadbfirewallrule",
        "azure.azcollection.azure_rm_rediscachefirewallrule");
  }

  /** A SQL firewall rule task's {@code server_name} names the {@code azure_rm_sqlserver} task it configures. */
  static final NameLink SQL_SERVER_LINK = new NameLink("azure.azcollection.azure_rm_sqlfirewallrule", "server_name",
      "azure.azcollection.azure_rm_sqlserver", "name");

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task) || withoutPublicEndpoint(task, unit)) {
      return List.of();
    }
    return List.of(new DatabaseInstance(task, Fact.unknown("public_network_access", task.range(), List.of()),
        Fact.unknown("storage_encrypted", task.range(), List.of()), List.of(addressRange(task)),
        Fact.unknown("auditing", task.range(), List.of())));
  }

  /**
   * Whether every SQL server task of the unit that the rule names turns public network access off, so that its
   * firewall admits no one.
   */
  private static boolean withoutPublicEndpoint(Resource task, UnitResources unit) {
    List<Resource> servers = unit.graph().referencesFrom(task).stream()
        .filter(reference -> reference.attribute().equals(SQL_SERVER_LINK.fromArgument()))
        .flatMap(reference -> unit.graph().resource(reference.to()).stream())
        .toList();
    return !servers.isEmpty()
        && servers.stream().allMatch(server -> AzureServerAccessMapping.sqlServerPublicAccess(server).isFalse());
  }

  private static Located<String> addressRange(Resource task) {
    Optional<String> start = Args.entry(task.attributes(), "start_ip_address").flatMap(e -> e.value().asString());
    Optional<MapEntry> endEntry = Args.entry(task.attributes(), "end_ip_address");
    Optional<String> end = endEntry.flatMap(e -> e.value().asString());
    if (start.isEmpty() || end.isEmpty()) {
      return Located.unknown("end_ip_address", task.range(), List.of());
    }
    MapEntry entry = endEntry.get();
    return start.get().equals("0.0.0.0") && end.get().equals("255.255.255.255")
        ? Located.known("0.0.0.0/0", "end_ip_address", entry.range(), entry.value().origin())
        : Located.known(start.get() + "-" + end.get(), "end_ip_address", task.range(), List.of());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Azure SQL, PostgreSQL, MySQL and MariaDB servers ({@code azurerm_mssql_server}, {@code azurerm_sql_server},
 * {@code azurerm_postgresql_server}, {@code azurerm_mysql_server}, {@code azurerm_mariadb_server} and the flexible
 * servers) and Synapse workspaces ({@code azurerm_synapse_workspace}, whose SQL pools have the same public endpoint
 * and firewall), with the firewall rules whose server attribute refers to them or names them.
 *
 * <p>Defaults: {@code public_network_access_enabled} is true, except on a flexible server placed in a subnet
 * ({@code delegated_subnet_id}), which has no public endpoint; the legacy {@code azurerm_sql_server} has no such
 * argument, so it is unknown there. A firewall rule admits {@code start_ip_address}..{@code end_ip_address} (the
 * special rule 0.0.0.0..0.0.0.0 admits Azure services, not the internet); a server without a public endpoint
 * admits no one through its firewall rules. Auditing is on with an
 * {@code extended_auditing_policy} block or an attached {@code azurerm_mssql_server_extended_auditing_policy} (SQL
 * servers), or an attached {@code azurerm_synapse_workspace_extended_auditing_policy} (Synapse workspaces), whose
 * {@code enabled} is not false; off otherwise. Other servers' auditing is unknown. A PostgreSQL, MySQL or
 * MariaDB single server refuses plain-text connections as its {@code ssl_enforcement_enabled} says. The oldest TLS
 * version an Azure SQL server accepts is its {@code minimum_tls_version} ({@code 1.2} by default), a PostgreSQL or
 * MySQL single server's its {@code ssl_minimal_tls_version_enforced} ({@code TLS1_2} by default).
 */
final class AzureDatabaseServerMapping implements ModelMapping {
  /** Firewall rule type, and the attribute naming its server, by server type. */
  static final Map<String, List<String>> FIREWALL_RULES = Map.of(
      "azurerm_mssql_server", List.of("azurerm_mssql_firewall_rule", "server_id"),
      "azurerm_sql_server", List.of("azurerm_sql_firewall_rule", "server_name"),
      "azurerm_postgresql_server", List.of("azurerm_postgresql_firewall_rule", "server_name"),
      "azurerm_mysql_server", List.of("azurerm_mysql_firewall_rule", "server_name"),
      "azurerm_mariadb_server", List.of("azurerm_mariadb_firewall_rule", "server_name"),
      "azurerm_postgresql_flexible_server", List.of("azurerm_postgresql_flexible_server_firewall_rule", "server_id"),
      "azurerm_mysql_flexible_server", List.of("azurerm_mysql_flexible_server_firewall_rule", "server_name"),
      "azurerm_synapse_workspace", List.of("azurerm_synapse_firewall_rule", "synapse_workspace_id"));
  private static final Set<String> SQL_SERVERS = Set.of("azurerm_mssql_server", "azurerm_sql_server");
  private static final Set<String> SSL_ENFORCING = Set.of("azurerm_postgresql_server", "azurerm_mysql_server",
      "azurerm_mariadb_server");
  private static final String AUDITING = "azurerm_mssql_server_extended_auditing_policy";
  private static final String SYNAPSE = "azurerm_synapse_workspace";
  private static final String SYNAPSE_AUDITING = "azurerm_synapse_workspace_extended_auditing_policy";
  /** The attribute that sets the oldest TLS version clients may use, and its default, by server type. */
  private static final Map<String, List<String>> MINIMUM_TLS = Map.of(
      "azurerm_mssql_server", List.of("minimum_tls_version", "1.2"),
      "azurerm_postgresql_server", List.of("ssl_minimal_tls_version_enforced", "TLS1_2"),
      "azurerm_mysql_server", List.of("ssl_minimal_tls_version_enforced", "TLS1_2"));

  @Override
  public Set<String> types() {
    return FIREWALL_RULES.keySet();
  }

  @Override
  public List<CloudModel> map(Resource server, Module module) {
    List<CloudModel> models = new ArrayList<>();
    Fact publicAccess = publicAccess(server);
    models.add(new DatabaseInstance(server, publicAccess,
        Fact.unknown("storage_encrypted", server.range(), List.of()),
        DatabaseInstance.throughEndpoint(publicAccess, allowedSources(server, module)),
        auditing(server, module)));
    if (SSL_ENFORCING.contains(server.type())) {
      models.add(new TrafficEncryption(server, sslEnforced(server)));
    }
    Optional.ofNullable(MINIMUM_TLS.get(server.type())).ifPresent(setting ->
        models.add(TlsFloor.of(server, setting.get(0), setting.get(1))));
    return models;
  }

  /**
   * Whether a single server refuses plain-text connections: {@code ssl_enforcement_enabled} (required since provider
   * v3), or the older {@code ssl_enforcement} of {@code Enabled} or {@code Disabled}; unknown without either.
   */
  private static Fact sslEnforced(Resource server) {
    return server.attribute("ssl_enforcement_enabled").filter(entry -> !(entry.value() instanceof NullValue))
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range()))
        .or(() -> server.attribute("ssl_enforcement").map(entry -> Fact.of(entry.value(), entry.key(), entry.range(),
            value -> value.asString().map(text -> text.equalsIgnoreCase("Enabled")))))
        .orElseGet(() -> Fact.unknown("ssl_enforcement_enabled", server.range(), List.of()));
  }

  private static Fact publicAccess(Resource server) {
    MapValue attributes = server.attributes();
    String key = "public_network_access_enabled";
    if (server.type().equals("azurerm_sql_server")) {
      return Fact.unknown(key, server.range(), List.of());
    }
    boolean delegated = server.type().endsWith("_flexible_server")
        && attributes.entry("delegated_subnet_id").isPresent();
    return Fact.of(attributes, key, !delegated, server.range());
  }

  private static List<Located<String>> allowedSources(Resource server, Module module) {
    List<Located<String>> sources = new ArrayList<>();
    firewallRules(module, server.type()).to(server).forEach(firewallRule -> sources.add(addressRange(firewallRule)));
    return sources;
  }

  /** The firewall rules of the unit for servers of {@code serverType}, by the server they attach to. */
  static Attachments firewallRules(Module module, String serverType) {
    List<String> rule = FIREWALL_RULES.get(serverType);
    Optional<String> byName = rule.get(1).equals("server_name") ? Optional.of("name") : Optional.empty();
    return module.attachments(rule.get(0), rule.get(1), Set.of(serverType), byName);
  }

  /**
   * The addresses a firewall rule admits, as a CIDR when it is every address (located at {@code end_ip_address},
   * whose 255.255.255.255 makes it so), else {@code start-end} located at the rule.
   */
  static Located<String> addressRange(Resource rule) {
    return addressRange(rule, "start_ip_address", "end_ip_address");
  }

  /** As {@link #addressRange(Resource)}, for a rule whose addresses are {@code startKey}..{@code endKey}. */
  static Located<String> addressRange(Resource rule, String startKey, String endKey) {
    Optional<String> start = rule.attributes().get(startKey).flatMap(v -> v.asString());
    Optional<MapEntry> endEntry = rule.attribute(endKey);
    Optional<String> end = endEntry.flatMap(entry -> entry.value().asString());
    if (start.isEmpty() || end.isEmpty()) {
      return Located.unknown(endKey, rule.range(), List.of());
    }
    MapEntry entry = endEntry.get();
    return start.get().equals("0.0.0.0") && end.get().equals("255.255.255.255")
        ? Located.known("0.0.0.0/0", endKey, entry.range(), entry.value().origin())
        : Located.known(start.get() + "-" + end.get(), endKey, rule.range(), List.of());
  }

  private static Fact auditing(Resource server, Module module) {
    String key = "extended_auditing_policy";
    if (server.type().equals(SYNAPSE)) {
      return attachedAuditing(server, module, SYNAPSE_AUDITING, "synapse_workspace_id", Set.of(SYNAPSE),
          SYNAPSE_AUDITING);
    }
    if (!SQL_SERVERS.contains(server.type())) {
      return Fact.unknown(key, server.range(), List.of());
    }
    NestedBlocks inline = NestedBlocks.of(server.attributes(), key);
    if (!inline.isMissing()) {
      return inline.presence(key);
    }
    return attachedAuditing(server, module, AUDITING, "server_id", SQL_SERVERS, key);
  }

  /**
   * Whether an auditing policy of {@code policyType} attached through {@code attribute} audits {@code server}: its
   * {@code enabled}, true by default; off (named {@code missing}) without one; unknown when a policy's target is not
   * known.
   */
  private static Fact attachedAuditing(Resource server, Module module, String policyType, String attribute,
      Set<String> serverTypes, String missing) {
    Attachments policies = module.attachments(policyType, attribute, serverTypes, Optional.empty());
    List<Resource> attached = policies.to(server);
    if (!attached.isEmpty()) {
      Resource policy = attached.get(0);
      return Fact.of(policy.attributes(), "enabled", true, policy.range());
    }
    return policies.ambiguous()
        ? Fact.unknown(missing, server.range(), List.of())
        : Fact.byDefault(false, missing, server.range());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An Azure database server firewall rule whose server is not in the unit stands for that server: a database
 * model of which only the admitted addresses are known. A rule attached to a server of the unit is read by
 * {@link AzureDatabaseServerMapping} instead.
 */
final class AzureFirewallRuleMapping implements ModelMapping {
  /** Server type by firewall rule type. */
  private static final Map<String, String> SERVERS = AzureDatabaseServerMapping.FIREWALL_RULES.entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(entry -> entry.getValue().get(0), Map.Entry::getKey));

  @Override
  public Set<String> types() {
    return SERVERS.keySet();
  }

  @Override
  public List<CloudModel> map(Resource rule, Module module) {
    if (AzureDatabaseServerMapping.firewallRules(module, SERVERS.get(rule.type())).isAttached(rule)) {
      return List.of();
    }
    return List.of(new DatabaseInstance(rule, Fact.unknown("public_network_access_enabled", rule.range(), List.of()),
        Fact.unknown("storage_encrypted", rule.range(), List.of()),
        List.of(AzureDatabaseServerMapping.addressRange(rule)),
        Fact.unknown("extended_auditing_policy", rule.range(), List.of())));
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FilteredNetworkAccess;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_cognitivesearch} (Azure AI Search), unless {@code state: absent}: reachable from
 * all networks while {@code public_network_access} is {@code enabled} (the default) and its
 * {@code network_rule_set} (the IP addresses and ranges its firewall admits) is empty; with rules, it admits those
 * ranges. It always encrypts its indexes.
 */
final class AzureSearchServiceMapping implements ModuleMapping {
  private static final String RULES = "network_rule_set";

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_cognitivesearch");
  }

  @Override
  public List<CloudModel> map(Resource service, UnitResources unit) {
    if (Args.absent(service)) {
      return List.of();
    }
    Fact publicAccess = FilteredNetworkAccess.allNetworks(
        Args.enabled(service.attributes(), "public_network_access", "public_network_access", service.range()),
        Args.entry(service.attributes(), RULES));
    return List.of(new DatabaseInstance(service, publicAccess, Fact.byDefault(true, "encryption", service.range()),
        SecurityGroupMapping.sources(service.attributes(), List.of(RULES)),
        Fact.unknown("logging", service.range(), List.of())).named("search service"));
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.FilteredNetworkAccess;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_cosmosdbaccount}: reachable from all networks while {@code public_network_access}
 * is {@code Enabled} (the default) and neither {@code ip_range_filter} (a comma-separated string), {@code ip_rules}
 * (a list) nor {@code is_virtual_network_filter_enabled} limits who may connect. Cosmos DB always encrypts its data.
 */
final class CosmosDbAccountMapping implements ModuleMapping {
  private static final String PUBLIC_ACCESS = "public_network_access";

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_cosmosdbaccount");
  }

  @Override
  public List<CloudModel> map(Resource account, UnitResources unit) {
    return List.of(new DatabaseInstance(account, publicAccess(account),
        Fact.byDefault(true, "encryption", account.range())));
  }

  private static Fact publicAccess(Resource account) {
    Fact publicAccess = Args.enabled(account.attributes(), PUBLIC_ACCESS, PUBLIC_ACCESS, account.range());
    return FilteredNetworkAccess.allNetworks(publicAccess,
        Args.entry(account.attributes(), "ip_rules", "ip_range_filter"),
        Args.flag(account.attributes(), "is_virtual_network_filter_enabled", false, account.range()));
  }
}

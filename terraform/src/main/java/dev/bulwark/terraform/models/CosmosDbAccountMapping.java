package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.FilteredNetworkAccess;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_cosmosdb_account}: reachable from all networks while {@code public_network_access_enabled} is true
 * (the default) and neither an {@code ip_range_filter} (a list, or a comma-separated string before provider v4) nor
 * {@code is_virtual_network_filter_enabled} limits who may connect. Cosmos DB always encrypts its data, with a key of
 * the customer's when {@code key_vault_key_id} names one (a key Microsoft manages otherwise).
 */
final class CosmosDbAccountMapping implements ModelMapping {
  private static final String PUBLIC_ACCESS = "public_network_access_enabled";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_cosmosdb_account");
  }

  @Override
  public List<CloudModel> map(Resource account, Module module) {
    return List.of(new DatabaseInstance(account, publicAccess(account),
        Fact.byDefault(true, "encryption", account.range()))
        .withKey(Fact.names(account.attributes(), "key_vault_key_id", account.range())));
  }

  private static Fact publicAccess(Resource account) {
    return FilteredNetworkAccess.allNetworks(Fact.of(account.attributes(), PUBLIC_ACCESS, true, account.range()),
        account.attribute("ip_range_filter").filter(entry -> !(entry.value() instanceof NullValue)),
        Fact.of(account.attributes(), "is_virtual_network_filter_enabled", false, account.range()));
  }
}

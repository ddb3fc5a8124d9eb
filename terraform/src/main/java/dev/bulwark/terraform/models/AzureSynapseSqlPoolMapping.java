package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_synapse_sql_pool}, a dedicated SQL pool of a Synapse workspace: unlike an Azure SQL database, its
 * transparent data encryption is off unless {@code data_encrypted} is true (it must be turned on by hand). Its key
 * is the workspace's, so the key is not assessed here.
 */
final class AzureSynapseSqlPoolMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("azurerm_synapse_sql_pool");
  }

  @Override
  public List<CloudModel> map(Resource pool, Module module) {
    return List.of(new DataStore(pool, "SQL pool storage",
        Fact.of(pool.attributes(), "data_encrypted", false, pool.range()),
        Fact.unknown("customer_managed_key", pool.range(), List.of())));
  }
}

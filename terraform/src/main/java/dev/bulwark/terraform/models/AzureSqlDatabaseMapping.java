package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_mssql_database}: Azure encrypts a SQL database with transparent data encryption unless
 * {@code transparent_data_encryption_enabled} is false (true by default; only data warehouse SKUs may turn it off).
 * Which key it uses is set on the server, so the key is not assessed here.
 */
final class AzureSqlDatabaseMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("azurerm_mssql_database");
  }

  @Override
  public List<CloudModel> map(Resource database, Module module) {
    return List.of(new DataStore(database, "database storage",
        Fact.of(database.attributes(), "transparent_data_encryption_enabled", true, database.range()),
        Fact.unknown("transparent_data_encryption_key_vault_key_id", database.range(), List.of())));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Azure SQL stores that transparent data encryption encrypts, each by its own flag and default:
 * <ul>
 *   <li>{@code azurerm_mssql_database}: on unless {@code transparent_data_encryption_enabled} is false (only data
 *       warehouse SKUs may turn it off);</li>
 *   <li>{@code azurerm_synapse_sql_pool}, a dedicated SQL pool of a Synapse workspace: off unless
 *       {@code data_encrypted} is true (it must be turned on by hand).</li>
 * </ul>
 * Which key they use is set on the server or the workspace, so the key is not assessed here.
 */
final class TransparentDataEncryptionMapping implements ModelMapping {
  /**
   * @param kind      what the store is, for messages
   * @param flag      the attribute that turns encryption on or off
   * @param byDefault whether it is on when the flag is missing
   * @param key       where the key is set, elsewhere
   */
  private record Encryption(String kind, String flag, boolean byDefault, String key) {}

  private static final Map<String, Encryption> ENCRYPTION = Map.of(
      "azurerm_mssql_database", new Encryption("database storage", "transparent_data_encryption_enabled", true,
          "transparent_data_encryption_key_vault_key_id"),
      "azurerm_synapse_sql_pool", new Encryption("SQL pool storage", "data_encrypted", false,
          "customer_managed_key"));

  @Override
  public Set<String> types() {
    return ENCRYPTION.keySet();
  }

  @Override
  public List<CloudModel> map(Resource store, Module module) {
    Encryption encryption = ENCRYPTION.get(store.type());
    return List.of(new DataStore(store, encryption.kind(),
        Fact.of(store.attributes(), encryption.flag(), encryption.byDefault(), store.range()),
        Fact.unknown(encryption.key(), store.range(), List.of())));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azurerm_storage_account}. Defaults: HTTPS only ({@code https_traffic_only_enabled}, before provider v4
 * {@code enable_https_traffic_only}, true) and {@code min_tls_version} {@code TLS1_2}. Its services' logging is read by
 * {@link StorageServiceLogging}. Its data is always encrypted, with a key of the customer's only when one is named.
 */
final class AzureStorageAccountMapping implements ModelMapping {
  private static final List<String> HTTPS_ONLY = List.of("https_traffic_only_enabled", "enable_https_traffic_only");
  private static final String CUSTOMER_KEY = "customer_managed_key";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_storage_account");
  }

  @Override
  public List<CloudModel> map(Resource account, Module module) {
    List<CloudModel> models = new ArrayList<>(List.of(new StorageAccount(account, httpsOnly(account),
        minimumTls(account)), DataStore.alwaysEncrypted(account, "storage account", customerKey(account, module))));
    models.addAll(StorageServiceLogging.of(account, module));
    return models;
  }

  /**
   * A key of the customer's when a {@code customer_managed_key} block names a Key Vault or managed HSM key, or an
   * {@code azurerm_storage_account_customer_managed_key} refers to the account; Azure uses a key Microsoft manages
   * otherwise.
   */
  private static Fact customerKey(Resource account, Module module) {
    NestedBlocks inline = NestedBlocks.of(account.attributes(), CUSTOMER_KEY);
    if (!inline.isMissing()) {
      return inline.known().isEmpty() ? inline.presence(CUSTOMER_KEY)
          : KmsKeys.supplied(inline.known().get(0), List.of("key_vault_key_id", "managed_hsm_key_id"), CUSTOMER_KEY,
              inline.entry().orElseThrow().range());
    }
    return module.attachments("azurerm_storage_account_customer_managed_key", "storage_account_id",
        Set.of("azurerm_storage_account"), Optional.empty()).presence(account, CUSTOMER_KEY);
  }

  private static Fact httpsOnly(Resource account) {
    return HTTPS_ONLY.stream().filter(key -> account.attribute(key).isPresent()).findFirst()
        .map(key -> Fact.of(account.attributes(), key, true, account.range()))
        .orElseGet(() -> Fact.byDefault(true, HTTPS_ONLY.get(0), account.range()));
  }

  private static Located<String> minimumTls(Resource account) {
    return account.attribute("min_tls_version")
        .map(entry -> Located.of(entry.value(), "min_tls_version", entry.range(), value -> value.asString()))
        .orElseGet(() -> Located.byDefault("TLS1_2", "min_tls_version", account.range()));
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageAccount;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_storageaccount}, unless {@code state} is {@code absent}. Defaults for a new
 * account: {@code https_only} true, as the module documents; without {@code minimum_tls_version}, TLS 1.2, because
 * Azure Storage has refused TLS 1.0 and 1.1 on every account since February 2026 (the module's documentation still
 * says {@code TLS1_0}). The module does not configure the services' logging.
 */
final class StorageAccountMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_storageaccount");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    Located<String> tls = Args.entry(task.attributes(), "minimum_tls_version")
        .map(entry -> Located.of(entry.value(), "minimum_tls_version", entry.range(), value -> value.asString()))
        .orElseGet(() -> Located.byDefault("TLS1_2", "minimum_tls_version", task.range()));
    return List.of(new StorageAccount(task, Args.flag(task.attributes(), "https_only", true, task.range()), tls));
  }
}

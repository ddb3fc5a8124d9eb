package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KeyVault;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_keyvault}: audit logging is on when a diagnostic setting task names the vault
 * ({@link DiagnosticSettingTasks}, type {@code Microsoft.KeyVault/vaults}) and sends its audit events: category
 * {@code AuditEvent}, or category group {@code audit} or {@code allLogs}.
 */
final class KeyVaultMapping implements ModuleMapping {
  private static final DiagnosticSettingTasks AUDIT = new DiagnosticSettingTasks("Microsoft.KeyVault/vaults",
      Set.of("auditevent", "audit", "alllogs"));

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_keyvault");
  }

  @Override
  public List<CloudModel> map(Resource vault, UnitResources unit) {
    return List.of(new KeyVault(vault, AUDIT.collected(vault,
        Args.entry(vault.attributes(), "vault_name").flatMap(entry -> entry.value().asString()), unit)));
  }
}

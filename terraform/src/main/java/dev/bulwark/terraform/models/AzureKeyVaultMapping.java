package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KeyVault;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_key_vault}: audit logging is on when a diagnostic setting for the vault ({@link DiagnosticSettings})
 * collects its audit events: category {@code AuditEvent}, or category group {@code audit} or {@code allLogs}.
 */
final class AzureKeyVaultMapping implements ModelMapping {
  private static final DiagnosticSettings AUDIT = new DiagnosticSettings(Set.of("azurerm_key_vault"),
      Set.of("auditevent", "audit", "alllogs"));

  @Override
  public Set<String> types() {
    return AUDIT.targetTypes();
  }

  @Override
  public List<CloudModel> map(Resource vault, Module module) {
    return List.of(new KeyVault(vault, AUDIT.collected(vault, module)));
  }
}

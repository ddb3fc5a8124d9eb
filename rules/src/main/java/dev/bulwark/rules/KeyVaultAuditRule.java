package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KeyVault;
import dev.bulwark.core.rule.RuleInfo;

/** BW418: an Azure Key Vault whose audit events no diagnostic setting collects. */
@RuleInfo(
    id = "BW418",
    name = "key-vault-audit-logging-disabled",
    title = "Key Vault has no audit logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the vault's `id`, with "
                + "`enabled_log { category = \"AuditEvent\" }` (or `category_group = \"audit\"`)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Add an `azure.azcollection.azure_rm_monitordiagnosticsetting` task whose `resource` is the vault "
                + "(its `name` and `type: Microsoft.KeyVault/vaults`, or its ID), with `logs: [{category: "
                + "AuditEvent}]` (or `category_group: audit`)."),
    },
    references = {
        "https://learn.microsoft.com/en-us/azure/key-vault/general/logging",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting",
    },
    kics = {"38c71c00-c177-4cd7-8d36-cd1007cdb190"})
final class KeyVaultAuditRule extends FactRule<KeyVault> {
  KeyVaultAuditRule() {
    super(KeyVault.class, false);
  }

  @Override
  Fact fact(KeyVault vault) {
    return vault.auditLogging();
  }

  @Override
  String problem(KeyVault vault, String address) {
    return "Key vault " + address + " keeps no audit log of its use";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` sends its `AuditEvent` logs anywhere"
        : "no `" + fact.attribute() + "` of its diagnostic setting collects `AuditEvent` logs";
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageAccount;
import dev.bulwark.core.rule.RuleInfo;

/** BW414: an Azure storage account whose queue service does not log reads, writes and deletes. */
@RuleInfo(
    id = "BW414",
    name = "storage-account-logging-disabled",
    title = "Storage account does not log queue reads, writes and deletes",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `read`, `write` and `delete` to true in the `queue_properties { logging { ... } }` block of "
                + "`azurerm_storage_account`."),
    },
    references = {
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-analytics-logging",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#logging",
    },
    checkov = {"CKV_AZURE_33"},
    trivy = {"AVD-AZU-0009"})
final class StorageAccountLoggingRule extends FactRule<StorageAccount> {
  StorageAccountLoggingRule() {
    super(StorageAccount.class, false);
  }

  @Override
  Fact fact(StorageAccount account) {
    return account.logging();
  }

  @Override
  String problem(StorageAccount account, String address) {
    return "Storage account " + address + " does not log every queue request";
  }
}

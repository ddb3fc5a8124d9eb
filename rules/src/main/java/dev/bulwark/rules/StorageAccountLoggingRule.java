package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageService;
import dev.bulwark.core.rule.RuleInfo;

/** BW414: an Azure storage account whose blob, queue or table service does not log reads, writes and deletes. */
@RuleInfo(
    id = "BW414",
    name = "storage-account-logging-disabled",
    title = "Storage account does not log reads, writes and deletes",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "In the `azurerm_monitor_diagnostic_setting` of the service (`target_resource_id = "
                + "\"${azurerm_storage_account.<name>.id}/blobServices/default\"`, likewise `queueServices` and "
                + "`tableServices`), add `enabled_log` blocks for the categories `StorageRead`, `StorageWrite` and "
                + "`StorageDelete` (or one with `category_group = \"allLogs\"`); for the queue's Storage Analytics "
                + "logging, set `read`, `write` and `delete` to true in the `queue_properties { logging { ... } }` "
                + "block of `azurerm_storage_account` or the `logging` block of "
                + "`azurerm_storage_account_queue_properties`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "In the `azure.azcollection.azure_rm_monitordiagnosticsetting` task whose `resource` is the "
                + "service's ID (the account's ID followed by `/blobServices/default`, `/queueServices/default` or "
                + "`/tableServices/default`), list `logs` items for the categories `StorageRead`, `StorageWrite` and "
                + "`StorageDelete` (or one with `category_group: allLogs`)."),
    },
    references = {
        "https://learn.microsoft.com/en-us/azure/storage/blobs/monitor-blob-storage",
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-analytics-logging",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#logging",
    },
    checkov = {"CKV_AZURE_33"},
    kics = {"cddbdd74-3736-4aec-ba57-43b4db315bc2"},
    trivy = {"AVD-AZU-0009", "AVD-AZU-0057"})
final class StorageAccountLoggingRule extends FactRule<StorageService> {
  StorageAccountLoggingRule() {
    super(StorageService.class, false);
  }

  @Override
  Fact fact(StorageService service) {
    return service.logging();
  }

  @Override
  String problem(StorageService service, String address) {
    return "Storage account " + address + " does not log every read, write and delete of its " + service.service()
        + " service";
  }

  @Override
  String detail(Fact fact) {
    return StorageService.CATEGORIES.contains(fact.attribute())
        ? "no diagnostic setting of the service collects its `" + fact.attribute() + "` logs"
        : super.detail(fact);
  }
}

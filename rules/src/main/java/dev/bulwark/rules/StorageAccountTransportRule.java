package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageAccount;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;
import java.util.Set;

/**
 * BW306: an Azure storage account that accepts plain HTTP, or TLS older than 1.2: its data, and the keys and
 * tokens that grant access to it, can cross the network unencrypted or weakly encrypted.
 */
@RuleInfo(
    id = "BW306",
    name = "storage-account-insecure-transport",
    title = "Storage account accepts HTTP or TLS older than 1.2",
    severity = Severity.MEDIUM,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Remove `https_traffic_only_enabled = false` (or `enable_https_traffic_only = false`) and set "
                + "`min_tls_version = \"TLS1_2\"` on `azurerm_storage_account` (both are the defaults)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `https_only: true` and `minimum_tls_version: TLS1_2` on the "
                + "`azure.azcollection.azure_rm_storageaccount` task."),
    },
    references = {
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer",
        "https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
    },
    checkov = {"CKV_AZURE_3", "CKV_AZURE_44"},
    kics = {"12944ec4-1fa0-47be-8b17-42a034f937c2", "8263f146-5e03-43e0-9cfe-db960d56d1e7"},
    trivy = {"AVD-AZU-0008", "AVD-AZU-0011", "AVD-AZU-0059"})
final class StorageAccountTransportRule implements Rule {
  private static final Set<String> SECURE_TLS = Set.of("TLS1_2", "TLS1_3");

  @Override
  public void check(RuleContext context) {
    for (StorageAccount account : context.models(StorageAccount.class)) {
      String address = "`" + account.resource().address() + "`";
      account.httpsOnly().when(false).ifPresent(fact -> context.report(new Violation(account.resource(),
          fact.attribute(), fact.range(), "Storage account " + address + " accepts plain HTTP"
              + FactText.when(fact.condition()) + ": " + FactText.shouldBe(fact, true) + ".", fact.origin())));
      account.minimumTlsVersion().witnesses().stream()
          .filter(tls -> !SECURE_TLS.contains(tls.value().orElseThrow()))
          .findFirst()
          .ifPresent(tls -> context.report(new Violation(account.resource(), tls.attribute(), tls.range(),
              "Storage account " + address + " accepts TLS older than 1.2" + FactText.when(tls.condition()) + ": "
                  + describe(tls) + ".", tls.origin())));
    }
  }

  private static String describe(Located<String> tls) {
    String actual = tls.value().orElseThrow();
    return "`" + tls.attribute() + "` should be TLS1_2; "
        + (tls.byDefault() ? "it is not set and defaults to " + actual : "it is " + actual);
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/** BW307: an Azure database server or cache that accepts clients on TLS older than 1.2. */
@RuleInfo(
    id = "BW307",
    name = "database-old-tls",
    title = "Database or cache accepts TLS older than 1.2",
    severity = Severity.MEDIUM,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `minimum_tls_version = \"1.2\"` on `azurerm_mssql_server` and `azurerm_redis_cache`, "
                + "`ssl_minimal_tls_version_enforced = \"TLS1_2\"` on `azurerm_postgresql_server` and "
                + "`azurerm_mysql_server`, and `minimum_tls_version = \"1.2\"` on `azurerm_mssql_managed_instance` "
                + "(or remove the setting where 1.2 is the default)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `minimal_tls_version: \"1.2\"` on `azure.azcollection.azure_rm_sqlserver` and "
                + "`azure_rm_sqlmanagedinstance` tasks."),
    },
    references = {
        "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
        "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
        "https://learn.microsoft.com/azure/postgresql/single-server/how-to-tls-configurations",
    },
    checkov = {"CKV_AZURE_52", "CKV_AZURE_54", "CKV_AZURE_147", "CKV_AZURE_148"})
final class OldTlsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (TlsFloor floor : context.models(TlsFloor.class)) {
      floor.minimumVersion().witnesses().stream()
          .filter(version -> !TlsFloor.modern(version.value().orElseThrow()))
          .findFirst()
          .ifPresent(version -> context.report(new Violation(floor.resource(), version.attribute(),
              version.range(), "`" + floor.resource().address() + "` accepts TLS older than 1.2"
                  + FactText.when(version.condition()) + ": `" + version.attribute() + "` "
                  + (version.byDefault() ? "is not set and defaults to " : "is ") + version.value().orElseThrow()
                  + "; it should be 1.2 or later.", version.origin())));
    }
  }
}

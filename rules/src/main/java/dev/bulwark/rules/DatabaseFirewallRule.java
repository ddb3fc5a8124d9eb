package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Cidrs;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/**
 * BW102: a database's own firewall admits every address: an Azure server firewall rule from 0.0.0.0 to
 * 255.255.255.255, a Cloud SQL authorized network 0.0.0.0/0.
 */
@RuleInfo(
    id = "BW102",
    name = "database-firewall-admits-internet",
    title = "Database firewall admits the whole internet",
    severity = Severity.CRITICAL,
    category = Category.PUBLIC_DATABASE,
    providers = {"azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Narrow `start_ip_address`/`end_ip_address` of the server's firewall rule (0.0.0.0 to 0.0.0.0 "
                + "admits only Azure services), `start_ip`/`end_ip` of an `azurerm_redis_firewall_rule`, and the "
                + "`value` of Cloud SQL `authorized_networks` and the `allowed_ips` of an `azurerm_search_service` "
                + "to the addresses that need access."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Narrow `start_ip_address`/`end_ip_address` of the `azure_rm_*firewallrule` task (Redis's "
                + "`azure_rm_rediscachefirewallrule` included) and the `value` of "
                + "`settings.ip_configuration.authorized_networks` of `google.cloud.gcp_sql_instance` and the "
                + "`network_rule_set` of `azure_rm_cognitivesearch`."),
    },
    references = {
        "https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
        "https://cloud.google.com/sql/docs/mysql/authorize-networks",
    },
    checkov = {"CKV_AZURE_11", "CKV_GCP_11", "CKV_AZURE_210"},
    kics = {"25c0ea09-f1c5-4380-b055-3b83863f2bb8", "f4e9ff70-0f3b-4c50-a713-26cbe7ec4039",
        "fd8da341-6760-4450-b26c-9f6d8850575e", "0d0c12b9-edce-4510-9065-13f6a758750c"},
    trivy = {"AVD-AZU-0029", "AVD-GCP-0017"})
final class DatabaseFirewallRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (DatabaseInstance database : context.models(DatabaseInstance.class)) {
      for (Located<String> source : database.allowedSources()) {
        for (Located<String> witness : source.witnesses()) {
          String cidr = witness.value().orElseThrow();
          if (Cidrs.isInternet(cidr)) {
            context.report(new Violation(database.resource(), witness.attribute(), witness.range(),
                FactText.capitalized(database.kind()) + " `" + database.resource().address() + "` admits " + cidr
                    + FactText.when(witness.condition()) + ": restrict `" + witness.attribute()
                    + "` to the addresses that need access.",
                witness.origin()));
          }
        }
      }
    }
  }
}

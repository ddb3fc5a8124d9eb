package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/** BW307: a database server, search domain or cache that accepts clients on TLS older than 1.2. */
@RuleInfo(
    id = "BW307",
    name = "database-old-tls",
    title = "Database, search domain or cache accepts TLS older than 1.2",
    severity = Severity.MEDIUM,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws", "azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `minimum_tls_version = \"1.2\"` on `azurerm_mssql_server` and `azurerm_redis_cache`, "
                + "`ssl_minimal_tls_version_enforced = \"TLS1_2\"` on `azurerm_postgresql_server` and "
                + "`azurerm_mysql_server`, and `minimum_tls_version = \"1.2\"` on `azurerm_mssql_managed_instance` "
                + "(or remove the setting where 1.2 is the default); set `domain_endpoint_options "
                + "{ tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\" }` on `aws_opensearch_domain` and "
                + "`aws_elasticsearch_domain`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `DomainEndpointOptions.TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10` on "
                + "`AWS::OpenSearchService::Domain` and `AWS::Elasticsearch::Domain`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `minimal_tls_version: \"1.2\"` on `azure.azcollection.azure_rm_sqlserver` and "
                + "`azure_rm_sqlmanagedinstance` tasks, `minimum_tls_version: \"1.2\"` on `azure_rm_rediscache` tasks, "
                + "and `domain_endpoint_options.tls_security_policy: "
                + "Policy-Min-TLS-1-2-PFS-2023-10` on `community.aws.opensearch` tasks."),
    },
    references = {
        "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
        "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
        "https://learn.microsoft.com/azure/postgresql/single-server/how-to-tls-configurations",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
    },
    checkov = {"CKV_AZURE_52", "CKV_AZURE_54", "CKV_AZURE_147", "CKV_AZURE_148", "CKV_AWS_228"},
    kics = {"22cb3507-1ef4-44ac-9c9a-cab31167e31e", "9f15ecc4-d9df-44ba-bb88-28c97e946114",
        "e22e5620-3679-418e-bb74-c9f71731ab0f"},
    trivy = {"AVD-AZU-0026", "AVD-AWS-0126"})
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
                  + "; it should require TLS 1.2 or later.", version.origin())));
    }
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AuditLogConfig;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW423: a Google Cloud IAM audit configuration that leaves reads or writes of data unlogged, for all services or
 * for some members.
 */
@RuleInfo(
    id = "BW423",
    name = "data-access-audit-logs-incomplete",
    title = "Audit configuration leaves data access unlogged",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "In the `google_project_iam_audit_config` (or folder or organization one) with "
                + "`service = \"allServices\"`, add `audit_log_config` blocks with `log_type = \"DATA_READ\"` and "
                + "`log_type = \"DATA_WRITE\"` (and `ADMIN_READ`), and remove `exempted_members` from every "
                + "audit configuration; in a `google_iam_policy` data source, do the same in its `audit_config` "
                + "blocks (`audit_log_configs`)."),
    },
    references = {
        "https://cloud.google.com/logging/docs/audit/configure-data-access",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config",
    },
    checkov = {"CKV2_GCP_5"},
    kics = {"89fe890f-b480-460c-8b6b-7d8b1468adb4"},
    trivy = {"AVD-GCP-0079"})
final class AuditLogConfigRule extends FactRule<AuditLogConfig> {
  AuditLogConfigRule() {
    super(AuditLogConfig.class, false);
  }

  @Override
  Fact fact(AuditLogConfig config) {
    return config.allDataAccessLogged();
  }

  @Override
  String problem(AuditLogConfig config, String address) {
    return "Audit configuration " + address + " leaves data access unlogged";
  }

  @Override
  String detail(Fact fact) {
    return fact.attribute().equals("exempted_members")
        ? "the members in `exempted_members` are not logged"
        : "no audit log configuration turns on `" + fact.attribute() + "` for all services, and Data Access logs "
            + "are off unless turned on";
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.ClusterAudit;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/**
 * BW410: a database that delivers no logs: RDS/Aurora without log exports, DocumentDB or Neptune without audit log
 * exports, Redshift without audit logging, an Azure SQL server without auditing.
 */
@RuleInfo(
    id = "BW410",
    name = "database-logging-disabled",
    title = "Database logging is disabled",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "List the engine's logs in `enabled_cloudwatch_logs_exports` (RDS, Aurora; `audit` for "
                + "DocumentDB) or `enable_cloudwatch_logs_exports` (`audit` for Neptune), enable Redshift audit "
                + "logging (`aws_redshift_logging`), and give Azure SQL servers and Synapse workspaces an extended "
                + "auditing policy. Give a "
                + "DocumentDB or Neptune cluster a parameter group with `audit_logs = \"enabled\"` or "
                + "`neptune_enable_audit_log = 1`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "List the engine's logs in `EnableCloudwatchLogsExports` (`audit` for DocumentDB and Neptune), and "
                + "give Redshift clusters `LoggingProperties`. Give a DocumentDB or Neptune cluster a "
                + "`DBClusterParameterGroupName` whose group sets `audit_logs: enabled` or "
                + "`neptune_enable_audit_log: 1` in its `Parameters`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "List the engine's logs in `enable_cloudwatch_logs_exports` of the `amazon.aws.rds_instance` or "
                + "`amazon.aws.rds_cluster` task."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
        "https://learn.microsoft.com/azure/azure-sql/database/auditing-overview",
    },
    checkov = {"CKV_AWS_129", "CKV_AWS_324", "CKV_AWS_85", "CKV_AWS_101", "CKV_AWS_71", "CKV_AZURE_23",
        "CKV_AWS_104", "CKV2_AZURE_53"},
    kics = {"8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56", "56f6a008-1b14-4af4-b9b2-ab7cf7e27641",
        "1bf3b3d4-f373-4d7c-afbb-7d85948a67a5", "45cff7b6-3b80-40c1-ba7b-2cf480678bb8",
        "15ffbacc-fa42-4f6f-a57d-2feac7365caa", "3de2d4ff-fe53-4fc9-95d3-2f8a69bf90d6",
        "609839ae-bd81-4375-9910-5bce72ae7b92", "f7e296b0-6660-4bc5-8f87-22ac4a815edf"},
    trivy = {"AVD-AZU-0027", "AVD-AWS-0075", "AVD-AWS-0020"})
final class DatabaseLoggingRule extends FactRule<DatabaseInstance> {
  private static final Set<String> AUDIT_PARAMETERS = Set.of(ClusterAudit.DOCUMENTDB, ClusterAudit.NEPTUNE);

  DatabaseLoggingRule() {
    super(DatabaseInstance.class, false);
  }

  @Override
  Fact fact(DatabaseInstance database) {
    return database.logging();
  }

  @Override
  String detail(Fact fact) {
    if (AUDIT_PARAMETERS.contains(fact.attribute())) {
      return (fact.byDefault() ? "its cluster parameter group does not set `" + fact.attribute() + "`"
          : "`" + fact.attribute() + "` turns auditing off") + ", so the exported audit log stays empty";
    }
    if (fact.attribute().endsWith("parameter_group_name") || fact.attribute().endsWith("ParameterGroupName")) {
      return (fact.byDefault() ? "`" + fact.attribute() + "` is not set, so the cluster uses the default"
          : "`" + fact.attribute() + "` names a default") + " parameter group, which leaves auditing off: the "
          + "exported audit log stays empty";
    }
    if (fact.byDefault() && fact.attribute().startsWith("azurerm_")) {
      return "no `" + fact.attribute() + "` audits it";
    }
    if (fact.byDefault()) {
      return "`" + fact.attribute() + "` is not set";
    }
    return fact.attribute().endsWith("LogsExports") || fact.attribute().endsWith("logs_exports")
        ? "`" + fact.attribute() + "` does not list the logs that matter"
        : super.detail(fact);
  }

  @Override
  String problem(DatabaseInstance database, String address) {
    return "Database " + address + " delivers no logs";
  }
}

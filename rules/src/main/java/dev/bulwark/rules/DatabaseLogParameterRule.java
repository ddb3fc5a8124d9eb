package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatabaseLogParameter;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Map;

/** BW419: a PostgreSQL server whose logging parameter (connections, disconnections, ...) is off. */
@RuleInfo(
    id = "BW419",
    name = "database-log-parameter-off",
    title = "PostgreSQL logging parameter is off",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add `database_flags { name = \"log_connections\" value = \"on\" }` and the same for "
                + "`log_disconnections` and `cloudsql.enable_pgaudit` under `settings` of a PostgreSQL "
                + "`google_sql_database_instance`, and set "
                + "`value = \"on\"` on the `azurerm_postgresql_configuration` or "
                + "`azurerm_postgresql_flexible_server_configuration` of a logging parameter (or remove it), and "
                + "`value = \"1\"` in the `parameter` block of a logging parameter of a PostgreSQL "
                + "`aws_db_parameter_group` or `aws_rds_cluster_parameter_group` (or remove the block)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set the logging parameter to `1` (or remove it) in the `Parameters` of a PostgreSQL "
                + "`AWS::RDS::DBParameterGroup` or `AWS::RDS::DBClusterParameterGroup`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Add `{name: log_connections, value: \"on\"}`, `{name: log_disconnections, value: \"on\"}` and "
                + "`{name: cloudsql.enable_pgaudit, value: \"on\"}` to `settings.database_flags` of a PostgreSQL "
                + "`google.cloud.gcp_sql_instance` task, and set "
                + "`value: \"on\"` on an `azure_rm_postgresqlconfiguration` task of a logging parameter, and `1` "
                + "for a logging parameter in the `params` of a PostgreSQL `amazon.aws.rds_instance_param_group` task "
                + "(the `parameter_value` of its item in the `parameters` of `amazon.aws.rds_cluster_param_group`)."),
    },
    references = {
        "https://www.postgresql.org/docs/current/runtime-config-logging.html#RUNTIME-CONFIG-LOGGING-WHAT",
        "https://cloud.google.com/sql/docs/postgres/flags",
        "https://cloud.google.com/sql/docs/postgres/pg-audit",
        "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html",
    },
    checkov = {"CKV_GCP_51", "CKV_GCP_52", "CKV_GCP_53", "CKV_GCP_54", "CKV_AZURE_30", "CKV_AZURE_31",
        "CKV2_GCP_13", "CKV_GCP_110"},
    kics = {"3790d386-be81-4dcf-9850-eaa7df6c10d9", "c640d783-10c5-4071-b6c1-23507300d333",
        "07f7134f-9f37-476e-8664-670c218e4702", "16e0879a-c4ae-4ff8-a67d-a2eed5d67b8f",
        "7ab33ac0-e4a3-418f-a673-50da4e34df21", "7b47138f-ec0e-47dc-8516-e7728fe3cc17",
        "054d07b5-941b-4c28-8eef-18989dc62323", "729ebb15-8060-40f7-9017-cb72676a5487",
        "89afe3f0-4681-4ce3-89ed-896cebd4277c", "d7a5616f-0a3f-4d43-bc2b-29d1a183e317"},
    trivy = {"AVD-GCP-0016", "AVD-GCP-0022", "AVD-GCP-0025", "AVD-GCP-0020", "AVD-AZU-0019", "AVD-AZU-0024"})
final class DatabaseLogParameterRule extends FactRule<DatabaseLogParameter> {
  /** What each parameter logs. */
  private static final Map<String, String> LOGS = Map.of(
      "log_connections", "connection attempts",
      "log_disconnections", "session ends",
      "log_checkpoints", "checkpoints",
      "log_lock_waits", "long lock waits",
      "log_duration", "statement durations",
      "cloudsql.enable_pgaudit", "session and object audit events (pgAudit)");

  DatabaseLogParameterRule() {
    super(DatabaseLogParameter.class, false);
  }

  @Override
  Fact fact(DatabaseLogParameter parameter) {
    return parameter.enabled();
  }

  @Override
  String problem(DatabaseLogParameter parameter, String address) {
    String what = LOGS.getOrDefault(parameter.enabled().attribute(),
        "what `" + parameter.enabled().attribute() + "` logs");
    return parameter.parameterGroup()
        ? "The PostgreSQL databases that use parameter group " + address + " do not log " + what
        : "PostgreSQL server " + address + " does not log " + what;
  }

  @Override
  String detail(Fact fact) {
    return "`" + fact.attribute() + "` should be `on`; "
        + (fact.byDefault() ? "no database flag sets it, and it is off by default" : "it is off");
  }
}

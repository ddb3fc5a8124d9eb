package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AirflowEnvironment;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** BW428: a managed Apache Airflow environment that does not send its web server, scheduler or worker logs. */
@RuleInfo(
    id = "BW428",
    name = "airflow-environment-logging-disabled",
    title = "Airflow environment does not send its logs to CloudWatch",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "In the `logging_configuration` of `aws_mwaa_environment`, add `webserver_logs`, "
                + "`scheduler_logs` and `worker_logs` blocks with `enabled = true` and a `log_level` "
                + "(`INFO` or `WARNING`)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "In the `LoggingConfiguration` of `AWS::MWAA::Environment`, set `Enabled: true` and a "
                + "`LogLevel` on `WebserverLogs`, `SchedulerLogs` and `WorkerLogs`."),
    },
    references = {
        "https://docs.aws.amazon.com/mwaa/latest/userguide/monitoring-airflow.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mwaa_environment",
    },
    checkov = {"CKV_AWS_242", "CKV_AWS_243", "CKV_AWS_244"})
final class AirflowLoggingRule extends FactRule<AirflowEnvironment> {
  private static final List<String> NAMES = List.of("web server", "scheduler", "worker");

  AirflowLoggingRule() {
    super(AirflowEnvironment.class, false);
  }

  @Override
  Fact fact(AirflowEnvironment environment) {
    return environment.logging();
  }

  /**
   * Names every log type that is off, on some reachable branch where a condition decides, e.g. "does not send its web
   * server and worker logs to CloudWatch Logs".
   */
  @Override
  String problem(AirflowEnvironment environment, String address) {
    List<String> off = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      if (environment.logs().get(i).when(false).isPresent()) {
        off.add(NAMES.get(i));
      }
    }
    String types = off.size() < 2 ? String.join("", off)
        : String.join(", ", off.subList(0, off.size() - 1)) + " and " + off.get(off.size() - 1);
    return "Airflow environment " + address + " does not send its " + types + " logs to CloudWatch Logs";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and these logs are off by default"
        : "`" + fact.attribute() + "` is false";
  }
}

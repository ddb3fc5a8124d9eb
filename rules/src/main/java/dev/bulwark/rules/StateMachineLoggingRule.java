package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StateMachine;
import dev.bulwark.core.rule.RuleInfo;

/** BW426: an AWS Step Functions state machine whose executions are not logged. */
@RuleInfo(
    id = "BW426",
    name = "state-machine-logging-disabled",
    title = "State machine has logging off",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add a `logging_configuration` block with `level = \"ALL\"` (or `ERROR`) and a "
                + "`log_destination` naming a CloudWatch Logs group's ARN followed by `:*`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `LoggingConfiguration` (`Logging` on `AWS::Serverless::StateMachine`) with `Level: ALL` (or "
                + "`ERROR`) and a `Destinations` entry naming a CloudWatch Logs group."),
    },
    references = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/stepfunctions-controls.html",
    },
    checkov = {"CKV_AWS_285"},
    kics = {"fb07e5be-c561-4d33-afb1-fb6632bdc885"},
    trivy = {"AVD-AWS-0119"})
final class StateMachineLoggingRule extends FactRule<StateMachine> {
  StateMachineLoggingRule() {
    super(StateMachine.class, false);
  }

  @Override
  Fact fact(StateMachine machine) {
    return machine.logging();
  }

  @Override
  String problem(StateMachine machine, String address) {
    return "State machine " + address + " does not log its executions";
  }

  /** "its logging level is `OFF`", or which setting is missing, so that the level is `OFF`. */
  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` is set, so the logging level is `OFF`"
        : "its logging level (`" + fact.attribute() + "`) is `OFF`";
  }
}

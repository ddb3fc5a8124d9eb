package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.rule.RuleInfo;

/** BW413: a managed message broker whose logs are not delivered. */
@RuleInfo(
    id = "BW413",
    name = "message-broker-logging-disabled",
    title = "Message broker has logging off",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Enable a destination in `logging_info { broker_logs { ... } }` of `aws_msk_cluster`; set "
                + "`logs { general = true, audit = true }` on `aws_mq_broker` (`audit` on ActiveMQ only)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Enable a destination in `LoggingInfo.BrokerLogs` of `AWS::MSK::Cluster`; set `Logs.General` and "
                + "(on ActiveMQ) `Logs.Audit` to true on `AWS::AmazonMQ::Broker`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `enable_general_log: true` and (on ActiveMQ) `enable_audit_log: true` on "
                + "`community.aws.mq_broker`; enable a destination under `logging` of `community.aws.msk_cluster`."),
    },
    references = {
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html",
        "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring.html",
    },
    checkov = {"CKV_AWS_80", "CKV_AWS_48", "CKV_AWS_197"},
    kics = {"2f56b7ab-7fba-4e93-82f0-247e5ddeb239", "31245f98-a6a9-4182-9fc1-45482b9d030a",
        "fc7c2c15-f5d0-4b80-adb2-c89019f8f62b", "e519ed6a-8328-4b69-8eb7-8fa549ac3050"},
    trivy = {"AVD-AWS-0074", "AVD-AWS-0070", "AVD-AWS-0071"})
final class BrokerLoggingRule extends FactRule<MessageBroker> {
  BrokerLoggingRule() {
    super(MessageBroker.class, false);
  }

  @Override
  Fact fact(MessageBroker broker) {
    return broker.logging();
  }

  @Override
  String problem(MessageBroker broker, String address) {
    return "Message broker " + address + " has logging off";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and logs are off by default"
        : "`" + fact.attribute() + "` is false";
  }
}

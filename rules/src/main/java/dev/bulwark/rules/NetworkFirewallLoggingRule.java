package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.NetworkFirewall;
import dev.bulwark.core.rule.RuleInfo;

/** BW425: an AWS Network Firewall that delivers no alert or flow logs. */
@RuleInfo(
    id = "BW425",
    name = "network-firewall-logging-disabled",
    title = "Network firewall has no logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_networkfirewall_logging_configuration` whose `firewall_arn` is the firewall's `arn`, "
                + "with a `log_destination_config` for `ALERT` (and `FLOW`) logs to CloudWatch Logs, S3 or "
                + "Firehose."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add an `AWS::NetworkFirewall::LoggingConfiguration` whose `FirewallArn` is the firewall's `Ref`, "
                + "with `LogDestinationConfigs` for `ALERT` (and `FLOW`) logs."),
    },
    references = {
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html",
    },
    checkov = {"CKV2_AWS_63"})
final class NetworkFirewallLoggingRule extends FactRule<NetworkFirewall> {
  NetworkFirewallLoggingRule() {
    super(NetworkFirewall.class, false);
  }

  @Override
  Fact fact(NetworkFirewall firewall) {
    return firewall.logging();
  }

  @Override
  String problem(NetworkFirewall firewall, String address) {
    return "Network firewall " + address + " logs neither the traffic it alerts on nor its flows";
  }

  @Override
  String detail(Fact fact) {
    return FactText.notConfigured(fact);
  }
}

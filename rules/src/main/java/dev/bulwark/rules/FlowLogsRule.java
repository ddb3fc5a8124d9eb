package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/** BW405: a virtual network (AWS VPC, Google Cloud subnet) whose traffic no flow log captures. */
@RuleInfo(
    id = "BW405",
    name = "network-flow-logs-disabled",
    title = "Network has no flow logs",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_flow_log` whose `vpc_id` is this VPC (or `enable_flow_log = true` on the "
                + "`terraform-aws-modules/vpc/aws` module); add a `log_config` block to a "
                + "`google_compute_subnetwork` (or `subnet_flow_logs = true` to a subnet of the "
                + "`terraform-google-modules/network/google` module)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add an `AWS::EC2::FlowLog` whose `ResourceId` is `!Ref` this VPC and whose `ResourceType` is "
                + "`VPC`."),
    },
    references = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        "https://cloud.google.com/vpc/docs/flow-logs",
    },
    checkov = {"CKV2_AWS_11", "CKV_GCP_26"},
    cfnNag = {"W60"},
    kics = {"f83121ea-03da-434f-9277-9cd247ab3047", "f6d299d2-21eb-41cc-b1e1-fe12d857500b",
        "40430747-442d-450a-a34f-dc57149f4609"},
    trivy = {"AVD-AWS-0178", "AVD-GCP-0029", "AVD-GCP-0076"})
final class FlowLogsRule extends FactRule<VirtualNetwork> {
  private static final Set<String> CONFIGURATION = Set.of("aws_flow_log", "AWS::EC2::FlowLog", "log_config");

  FlowLogsRule() {
    super(VirtualNetwork.class, false);
  }

  @Override
  Fact fact(VirtualNetwork network) {
    return network.flowLogs();
  }

  @Override
  String problem(VirtualNetwork network, String address) {
    return "Network " + address + " has no flow logs";
  }

  @Override
  String detail(Fact fact) {
    return CONFIGURATION.contains(fact.attribute()) ? FactText.notConfigured(fact) : FactText.shouldBe(fact, true);
  }
}

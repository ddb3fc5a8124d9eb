package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Accelerator;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW417: a Global Accelerator without flow logs. */
@RuleInfo(
    id = "BW417",
    name = "global-accelerator-flow-logs-disabled",
    title = "Global Accelerator has no flow logs",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add `attributes { flow_logs_enabled = true, flow_logs_s3_bucket = ... }` to the "
                + "`aws_globalaccelerator_accelerator`."),
    },
    references = {
        "https://docs.aws.amazon.com/global-accelerator/latest/dg/monitoring-global-accelerator.flow-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/globalaccelerator_accelerator#flow_logs_enabled",
    },
    checkov = {"CKV_AWS_75"},
    kics = {"96e8183b-e985-457b-90cd-61c0503a3369"})
final class AcceleratorFlowLogsRule extends FactRule<Accelerator> {
  AcceleratorFlowLogsRule() {
    super(Accelerator.class, false);
  }

  @Override
  Fact fact(Accelerator accelerator) {
    return accelerator.flowLogs();
  }

  @Override
  String problem(Accelerator accelerator, String address) {
    return "Accelerator " + address + " has no flow logs";
  }

  @Override
  String detail(Fact fact) {
    return fact.attribute().equals("attributes") ? FactText.notConfigured(fact) : FactText.shouldBe(fact, true);
  }
}

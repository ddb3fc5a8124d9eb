package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AuditTrail;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW402: a CloudTrail trail that is not logging. */
@RuleInfo(
    id = "BW402",
    name = "cloudtrail-logging-disabled",
    title = "CloudTrail trail is not logging",
    severity = Severity.HIGH,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enable_logging = true` on the `aws_cloudtrail` (or remove it: true is the default)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `IsLogging: true` on the `AWS::CloudTrail::Trail`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `enable_logging: true` on the `amazon.aws.cloudtrail` task (or remove it: true is the "
                + "default)."),
    },
    references = {
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_logging",
    },
    checkov = {"CKV_AWS_251"},
    kics = {"4bb76f17-3d63-4529-bdca-2b454529d774", "5c0b06d5-b7a4-484c-aeb0-75a836269ff0",
        "d4a73c49-cbaa-4c6f-80ee-d6ef5a3a26f5"})
final class TrailLoggingRule extends FactRule<AuditTrail> {
  TrailLoggingRule() {
    super(AuditTrail.class, false);
  }

  @Override
  Fact fact(AuditTrail trail) {
    return trail.logging();
  }

  @Override
  String problem(AuditTrail trail, String address) {
    return "Trail " + address + " does not record account activity";
  }
}

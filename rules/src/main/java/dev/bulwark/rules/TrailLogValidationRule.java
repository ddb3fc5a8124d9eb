package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AuditTrail;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW404: a CloudTrail trail whose log files can be altered without detection. */
@RuleInfo(
    id = "BW404",
    name = "cloudtrail-log-validation-disabled",
    title = "CloudTrail log file validation is disabled",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enable_log_file_validation = true` on the `aws_cloudtrail`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `EnableLogFileValidation: true` on the `AWS::CloudTrail::Trail`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `enable_log_file_validation: true` on the `amazon.aws.cloudtrail` task."),
    },
    references = {
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation",
    },
    checkov = {"CKV_AWS_36"},
    kics = {"52ffcfa6-6c70-4ea6-8376-d828d3961669", "2a3560fe-52ca-4443-b34f-bf0ed5eb74c8",
        "4d8681a2-3d30-4c89-8070-08acd142748e"},
    trivy = {"AVD-AWS-0016"})
final class TrailLogValidationRule extends FactRule<AuditTrail> {
  TrailLogValidationRule() {
    super(AuditTrail.class, false);
  }

  @Override
  Fact fact(AuditTrail trail) {
    return trail.logFileValidation();
  }

  @Override
  String problem(AuditTrail trail, String address) {
    return "Trail " + address + " does not sign its log files, so changes to them go unnoticed";
  }
}

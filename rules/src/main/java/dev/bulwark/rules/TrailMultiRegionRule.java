package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AuditTrail;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW403: a CloudTrail trail that records one region only, or leaves out global service events. */
@RuleInfo(
    id = "BW403",
    name = "cloudtrail-not-multi-region",
    title = "CloudTrail trail does not record every region",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `is_multi_region_trail = true` on the `aws_cloudtrail`, and keep "
                + "`include_global_service_events` true (the default)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `IsMultiRegionTrail: true` on the `AWS::CloudTrail::Trail`, and keep "
                + "`IncludeGlobalServiceEvents` true."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `is_multi_region_trail: true` on the `amazon.aws.cloudtrail` task, and keep "
                + "`include_global_events` true (the default)."),
    },
    references = {
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-regional-and-global-services",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail",
    },
    checkov = {"CKV_AWS_67"},
    kics = {"8173d5eb-96b5-4aa6-a71b-ecfa153c123d", "058ac855-989f-4378-ba4d-52d004020da7",
        "6ad087d7-a509-4b20-b853-9ef6f5ebaa98"},
    trivy = {"AVD-AWS-0014"})
final class TrailMultiRegionRule extends FactRule<AuditTrail> {
  TrailMultiRegionRule() {
    super(AuditTrail.class, false);
  }

  @Override
  Fact fact(AuditTrail trail) {
    return trail.multiRegion();
  }

  @Override
  String problem(AuditTrail trail, String address) {
    return "Trail " + address + " does not record the activity of every region";
  }
}

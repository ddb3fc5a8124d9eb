package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.ContentDistribution;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/** BW407: a CloudFront distribution without access logging. */
@RuleInfo(
    id = "BW407",
    name = "cloudfront-logging-disabled",
    title = "CloudFront distribution has no access logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add a `logging_config { bucket = ... }` block to the `aws_cloudfront_distribution`, or an "
                + "`aws_cloudwatch_log_delivery_source` whose `resource_arn` is the distribution's `arn`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `Logging` with a `Bucket` to the distribution's `DistributionConfig`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `logging: {enabled: true, bucket: ..., prefix: ..., include_cookies: false}` on the "
                + "`community.aws.cloudfront_distribution` task."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging-config-arguments",
    },
    checkov = {"CKV_AWS_86"},
    cfnNag = {"W10"},
    kics = {"94690d79-b3b0-43de-b656-84ebef5753e5", "de77cd9f-0e8b-46cc-b4a4-b6b436838642",
        "d31cb911-bf5b-4eb6-9fc3-16780c77c7bd"},
    trivy = {"AVD-AWS-0010"})
final class DistributionLoggingRule extends FactRule<ContentDistribution> {
  private static final Set<String> CONFIGURATION = Set.of("logging_config", "Logging", "logging");

  DistributionLoggingRule() {
    super(ContentDistribution.class, false);
  }

  @Override
  Fact fact(ContentDistribution distribution) {
    return distribution.accessLogs();
  }

  @Override
  String problem(ContentDistribution distribution, String address) {
    return "Distribution " + address + " has no access logging";
  }

  @Override
  String detail(Fact fact) {
    return CONFIGURATION.contains(fact.attribute()) ? FactText.notConfigured(fact) : FactText.shouldBe(fact, true);
  }
}

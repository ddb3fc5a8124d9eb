package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.rule.RuleInfo;

/** BW401: an object storage bucket without server access logging. */
@RuleInfo(
    id = "BW401",
    name = "bucket-access-logging-disabled",
    title = "Bucket has no access logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_s3_bucket_logging` resource whose `bucket` is this bucket (AWS provider v4+), "
                + "or an inline `logging { target_bucket = ... }` block."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `LoggingConfiguration` with a `DestinationBucketName` to the `AWS::S3::Bucket`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Add a `community.aws.s3_logging` task whose `name` is this bucket's and whose `target_bucket` "
                + "receives the logs, in the same playbook."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging",
    },
    checkov = {"CKV_AWS_18"},
    kics = {"f861041c-8c9f-4156-acfc-5e6e524f5884"},
    trivy = {"AVD-AWS-0089"})
final class BucketAccessLoggingRule extends FactRule<StorageBucket> {
  BucketAccessLoggingRule() {
    super(StorageBucket.class, false);
  }

  @Override
  Fact fact(StorageBucket bucket) {
    return bucket.accessLogging();
  }

  @Override
  String problem(StorageBucket bucket, String address) {
    return "Bucket " + address + " has no access logging";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` is configured, inline or attached"
        : "`" + fact.attribute() + "` configures no logging";
  }
}

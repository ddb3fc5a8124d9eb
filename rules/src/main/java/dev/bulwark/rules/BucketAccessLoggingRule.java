package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.rule.RuleInfo;

/** BW401: an object storage bucket (S3, Cloud Storage) without access logging. */
@RuleInfo(
    id = "BW401",
    name = "bucket-access-logging-disabled",
    title = "Bucket has no access logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_s3_bucket_logging` resource whose `bucket` is this bucket (AWS provider v4+), "
                + "or an inline `logging { target_bucket = ... }` block; on `google_storage_bucket`, add "
                + "`logging { log_bucket = ... }`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `LoggingConfiguration` with a `DestinationBucketName` to the `AWS::S3::Bucket`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Add a `community.aws.s3_logging` task whose `name` is this bucket's and whose `target_bucket` "
                + "receives the logs, in the same playbook; on `google.cloud.gcp_storage_bucket`, set "
                + "`logging: { log_bucket: ... }`."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging",
        "https://cloud.google.com/storage/docs/access-logs",
    },
    checkov = {"CKV_AWS_18", "CKV_GCP_62"},
    cfnNag = {"W35"},
    kics = {"f861041c-8c9f-4156-acfc-5e6e524f5884", "ee9e50e8-b2ed-4176-ad42-8fc0cf7593f4",
        "4552b71f-0a2a-4bc4-92dd-ed7ec1b4674c", "c3b9f7b0-f5a0-49ec-9cbc-f1e346b7274d",
        "d6cabc3a-d57e-48c2-b341-bf3dd4f4a120", "507df964-ad97-4035-ab14-94a82eabdfdd",
        "c3ce69fd-e3df-49c6-be78-1db3f802261c"},
    trivy = {"AVD-AWS-0089", "AVD-GCP-0077", "AVD-AWS-0163"})
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

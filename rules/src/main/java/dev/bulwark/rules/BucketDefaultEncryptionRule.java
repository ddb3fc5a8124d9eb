package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW303: an S3 bucket without an explicit default encryption configuration. Its objects are still encrypted
 * (SSE-S3 since January 2023), so this is a low-severity finding about an implicit choice.
 */
@RuleInfo(
    id = "BW303",
    name = "bucket-default-encryption-not-configured",
    title = "Bucket has no explicit default encryption configuration",
    severity = Severity.LOW,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_s3_bucket_server_side_encryption_configuration` whose `bucket` is this bucket (AWS "
                + "provider v4+), or an inline `server_side_encryption_configuration`, with a `rule` that has "
                + "`apply_server_side_encryption_by_default { sse_algorithm = \"aws:kms\" }` (or `AES256`)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `BucketEncryption` with a `ServerSideEncryptionConfiguration` rule whose "
                + "`ServerSideEncryptionByDefault` names an `SSEAlgorithm` (`aws:kms` or `AES256`)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `encryption: aws:kms` (or `AES256`) on the `amazon.aws.s3_bucket` task."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html",
    },
    checkov = {"CKV_AWS_19"},
    cfnNag = {"W41"},
    kics = {"6726dcc0-5ff5-459d-b473-a780bef7665c", "b2e8752c-3497-4255-98d2-e4ae5b46bbf5",
        "594f54e7-f744-45ab-93e4-c6dbaf6cd571"},
    trivy = {"AVD-AWS-0088"})
final class BucketDefaultEncryptionRule extends FactRule<StorageBucket> {
  BucketDefaultEncryptionRule() {
    super(StorageBucket.class, false);
  }

  @Override
  Fact fact(StorageBucket bucket) {
    return bucket.defaultEncryption();
  }

  @Override
  String problem(StorageBucket bucket, String address) {
    return "Bucket " + address + " has no explicit default encryption configuration";
  }

  @Override
  String detail(Fact fact) {
    String what = fact.byDefault()
        ? "no `" + fact.attribute() + "` is configured, inline or attached"
        : "`" + fact.attribute() + "` sets no default encryption";
    return what + "; S3 still encrypts new objects with SSE-S3 by default since January 2023, and a default "
        + "encryption configuration makes the choice (and the key) explicit";
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.rule.RuleInfo;

/** BW304 (opt-in): a bucket whose default encryption does not use a key the customer manages. */
@RuleInfo(
    id = "BW304",
    name = "bucket-not-encrypted-with-customer-key",
    title = "Bucket is not encrypted with a customer-managed key",
    severity = Severity.LOW,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Use `sse_algorithm = \"aws:kms\"` with a `kms_master_key_id` of your own `aws_kms_key` in the "
                + "bucket's default encryption; on `google_storage_bucket`, add `encryption { default_kms_key_name "
                + "= ... }`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Use `SSEAlgorithm: aws:kms` with a `KMSMasterKeyID` of your own key in `BucketEncryption`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `encryption: aws:kms` and an `encryption_key_id` of your own key on `amazon.aws.s3_bucket`."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        "https://cloud.google.com/storage/docs/encryption/customer-managed-keys",
    },
    checkov = {"CKV_AWS_145"},
    trivy = {"AVD-AWS-0132", "AVD-GCP-0066"},
    enabledByDefault = false)
final class BucketCustomerKeyRule extends FactRule<StorageBucket> {
  BucketCustomerKeyRule() {
    super(StorageBucket.class, false);
  }

  @Override
  Fact fact(StorageBucket bucket) {
    return bucket.customerManagedKey();
  }

  @Override
  String problem(StorageBucket bucket, String address) {
    return "Bucket " + address + " is not encrypted with a customer-managed key";
  }

  @Override
  String detail(Fact fact) {
    return FactText.providerKey(fact);
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW105: data shared with everyone: a BigQuery dataset or table, a Spanner instance or database, a Bigtable instance
 * or table, or a Cloud Storage bucket that grants access to everyone on the internet or with a Google account, an RDS
 * snapshot shared with every AWS account, an S3 bucket whose ACL or policy admits everyone, or an Azure blob container
 * open to anonymous readers.
 */
@RuleInfo(
    id = "BW105",
    name = "dataset-open-to-everyone",
    title = "Dataset, database, bucket or snapshot is shared with everyone",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Remove the `access` block of `google_bigquery_dataset` (or the `google_bigquery_dataset_access`) "
                + "whose `special_group` is `allAuthenticatedUsers` or whose `iam_member` is `allUsers` or "
                + "`allAuthenticatedUsers`, and `allUsers` / `allAuthenticatedUsers` from the `member` or `members` of "
                + "BigQuery dataset and table, Spanner instance and database, and Bigtable instance and table IAM "
                + "resources; grant the role to named users, groups or a domain. Remove "
                + "`all` from the `shared_accounts` of `aws_db_snapshot` and `aws_db_cluster_snapshot`, and share "
                + "with named accounts instead. Give an `aws_s3_bucket` (or its `aws_s3_bucket_acl`) a `private` "
                + "`acl`, remove the statements of its policy that allow the principal `*` without a condition, or "
                + "set `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets` "
                + "on its `aws_s3_bucket_public_access_block`; remove `allUsers` and `allAuthenticatedUsers` from the "
                + "IAM members and ACLs of a `google_storage_bucket` (or set its `public_access_prevention` to "
                + "`enforced`); set `container_access_type = \"private\"` on an `azurerm_storage_container` (or "
                + "`allow_nested_items_to_be_public = false` on its account)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Remove the `AccessControl` of an `AWS::S3::Bucket` that is `PublicRead`, `PublicReadWrite` or "
                + "`AuthenticatedRead`, and the statements of its `AWS::S3::BucketPolicy` that allow the principal "
                + "`*` without a condition; or set `BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy` and "
                + "`RestrictPublicBuckets` to true in the bucket's `PublicAccessBlockConfiguration`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Remove the `access` item of `google.cloud.gcp_bigquery_dataset` whose `special_group` is "
                + "`allAuthenticatedUsers` or whose `iam_member` is `allUsers` or `allAuthenticatedUsers`. Give an "
                + "`amazon.aws.s3_bucket` a `private` `acl`, remove the statements of its `policy` that allow the "
                + "principal `*` without a condition, or set `block_public_acls`, `ignore_public_acls`, "
                + "`block_public_policy` and `restrict_public_buckets` in its `public_access` instead of "
                + "`delete_public_access`. Remove the `acl` and `default_object_acl` items of "
                + "`google.cloud.gcp_storage_bucket` whose `entity` is `allUsers` or `allAuthenticatedUsers` (and such "
                + "`google.cloud.gcp_storage_bucket_access_control` and `google.cloud.gcp_storage_default_object_acl` "
                + "tasks), and choose a `predefined_default_object_acl` other than `publicRead` or "
                + "`authenticatedRead`. Leave `public_access` out of `azure.azcollection.azure_rm_storageblob`, or set "
                + "`allow_blob_public_access: false` on its `azure.azcollection.azure_rm_storageaccount`."),
    },
    references = {
        "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access",
        "https://cloud.google.com/iam/docs/principals-overview#all-users",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://cloud.google.com/storage/docs/public-access-prevention",
        "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
    },
    checkov = {"CKV_GCP_15", "CKV_AWS_302", "CKV_GCP_100", "CKV_AWS_20", "CKV_AWS_57", "CKV_AWS_70", "CKV_GCP_28",
        "CKV_AZURE_34"},
    kics = {"e576ce44-dd03-4022-a8c0-3906acca2ab4", "2263b286-2fe9-4747-a0ae-8b4768a2bbd2",
        "38c5ee0d-7f22-4260-ab72-5073048df100", "219f4c95-aa50-44e0-97de-cf71f4641170",
        "835d5497-a526-4aea-a23f-98a9afd1635f", "a6cd52a1-3056-4910-96a5-894de9f3f3b3",
        "dd5230f8-a577-4bbb-b7ac-f2c2fe7d5299"},
    trivy = {"AVD-GCP-0046", "AVD-AWS-0092", "AVD-GCP-0001", "AVD-AZU-0007"})
final class PublicDatasetRule extends FactRule<DatasetAccess> {
  PublicDatasetRule() {
    super(DatasetAccess.class, true);
  }

  @Override
  Fact fact(DatasetAccess access) {
    return access.grantsEveryone();
  }

  @Override
  String problem(DatasetAccess access, String address) {
    return address + " is shared with everyone";
  }

  @Override
  String detail(DatasetAccess access, Fact fact) {
    String grant = fact.attribute().startsWith("predefined") ? "grants to `" : "names `";
    return "`" + fact.attribute() + "` " + (access.member().equals("*") ? "allows the principal `*`" : grant
        + access.member() + "`") + ", " + switch (access.member()) {
          case "allUsers", "*" -> "anyone on the internet";
          case "allAuthenticatedUsers" -> "anyone with a Google account";
          case "public-read", "PublicRead" -> "which lets anyone on the internet list and read it";
          case "public-read-write", "PublicReadWrite" -> "which lets anyone on the internet read and write it";
          case "authenticated-read", "AuthenticatedRead" -> "which lets every AWS account list and read it";
          case "blob" -> "which lets anyone on the internet read its blobs without signing in";
          case "container" -> "which lets anyone on the internet list and read its blobs without signing in";
          case "http://acs.amazonaws.com/groups/global/AllUsers" -> "the group of anyone on the internet";
          case "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" -> "the group of every AWS account";
          default -> "every AWS account, which can copy or restore it";
        };
  }
}

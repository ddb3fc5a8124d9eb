package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW105: data shared with everyone: a BigQuery dataset or table, a Spanner instance or database, or a Bigtable
 * instance or table that grants access to everyone on the internet or with a Google account, or an RDS snapshot
 * shared with every AWS account.
 */
@RuleInfo(
    id = "BW105",
    name = "dataset-open-to-everyone",
    title = "Dataset, database or snapshot is shared with everyone",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Remove the `access` block of `google_bigquery_dataset` (or the `google_bigquery_dataset_access`) "
                + "whose `special_group` is `allAuthenticatedUsers` or whose `iam_member` is `allUsers` or "
                + "`allAuthenticatedUsers`, and `allUsers` / `allAuthenticatedUsers` from the `member` or `members` of "
                + "BigQuery dataset and table, Spanner instance and database, and Bigtable instance and table IAM "
                + "resources; grant the role to named users, groups or a domain. Remove "
                + "`all` from the `shared_accounts` of `aws_db_snapshot` and `aws_db_cluster_snapshot`, and share "
                + "with named accounts instead."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Remove the `access` item of `google.cloud.gcp_bigquery_dataset` whose `special_group` is "
                + "`allAuthenticatedUsers` or whose `iam_member` is `allUsers` or `allAuthenticatedUsers`."),
    },
    references = {
        "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access",
        "https://cloud.google.com/iam/docs/principals-overview#all-users",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
    },
    checkov = {"CKV_GCP_15", "CKV_AWS_302", "CKV_GCP_100"},
    kics = {"e576ce44-dd03-4022-a8c0-3906acca2ab4", "2263b286-2fe9-4747-a0ae-8b4768a2bbd2"},
    trivy = {"AVD-GCP-0046"})
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
    return "`" + fact.attribute() + "` names `" + access.member() + "`, " + switch (access.member()) {
      case "allUsers" -> "anyone on the internet";
      case "allAuthenticatedUsers" -> "anyone with a Google account";
      default -> "every AWS account, which can copy or restore it";
    };
  }
}

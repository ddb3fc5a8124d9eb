package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grants on Google Cloud data stores: a {@code google_bigquery_dataset}'s {@code access} blocks and a
 * {@code google_bigquery_dataset_access} ({@code special_group}, {@code iam_member}), and the IAM members of BigQuery
 * datasets and tables, Spanner instances and databases, and Bigtable instances and tables ({@code _iam_member} and
 * {@code _iam_binding}: {@code member}, {@code members}; {@code _iam_policy}: the bindings of the
 * {@code google_iam_policy} its {@code policy_data} renders), and those of Cloud Storage buckets, unless the bucket
 * prevents public access ({@link GcsPublicAccessPrevention}). Each is read for {@code allUsers} and
 * {@code allAuthenticatedUsers} ({@link DatasetAccess}). A dataset's tables are encrypted with a key of the
 * customer's when its {@code default_encryption_configuration} names one.
 */
final class BigQueryAccessMapping implements ModelMapping {
  private static final List<String> GRANT_KEYS = List.of("special_group", "iam_member");
  private static final List<String> IAM_KEYS = List.of("member", "members");
  /** The data stores whose IAM resources are read, by the prefix of their resource types. */
  private static final List<String> IAM_TARGETS = List.of("google_bigquery_dataset", "google_bigquery_table",
      "google_spanner_instance", "google_spanner_database", "google_bigtable_instance", "google_bigtable_table",
      "google_storage_bucket");
  private static final Set<String> TYPES = Stream.concat(Stream.of("google_bigquery_dataset",
          "google_bigquery_dataset_access"),
      IAM_TARGETS.stream().flatMap(target -> Stream.of("_iam_member", "_iam_binding", "_iam_policy")
          .map(suffix -> target + suffix)))
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<CloudModel> map(Resource grant, Module module) {
    if (grant.type().equals("google_bigquery_dataset")) {
      NestedBlocks access = NestedBlocks.of(grant.attributes(), "access");
      List<MapEntry> members = access.known().stream().flatMap(block -> present(block, GRANT_KEYS).stream()).toList();
      return List.of(DatasetAccess.of(grant, members, !access.hasUnknown(), DatasetAccess.GOOGLE_EVERYONE),
          DataStore.alwaysEncrypted(grant, "dataset", datasetKey(grant)));
    }
    DatasetAccess access = grant.type().endsWith("_iam_policy") ? policyAccess(grant, module)
        : DatasetAccess.of(grant, present(grant.attributes(),
            grant.type().equals("google_bigquery_dataset_access") ? GRANT_KEYS : IAM_KEYS), true,
            DatasetAccess.GOOGLE_EVERYONE);
    return List.of(grant.type().startsWith("google_storage_bucket_")
        ? access.unless(GcsPublicAccessPrevention.blocks(grant, module, false)) : access);
  }

  /**
   * The access an IAM policy grants: the {@code members} of the bindings of the {@code google_iam_policy} whose
   * {@code policy_data} it is; unknown when the policy is another expression or has bindings that cannot be read.
   */
  private static DatasetAccess policyAccess(Resource grant, Module module) {
    Optional<NestedBlocks> bindings = grant.attribute("policy_data")
        .flatMap(policy -> PolicyDataSources.rendering(grant, policy, "google_iam_policy", "policy_data", module))
        .map(policy -> NestedBlocks.of(policy.attributes(), "binding"));
    List<MapEntry> members = bindings.stream().flatMap(blocks -> blocks.known().stream())
        .flatMap(binding -> binding.entry("members").stream()).toList();
    return DatasetAccess.of(grant, members, bindings.filter(blocks -> !blocks.hasUnknown()).isPresent(),
        DatasetAccess.GOOGLE_EVERYONE);
  }

  /** A key of the customer's when {@code default_encryption_configuration} names one; Google's otherwise. */
  static Fact datasetKey(Resource dataset) {
    return NestedBlocks.first(dataset.attributes(), "default_encryption_configuration", dataset.range(),
        (configuration, at) -> KmsKeys.customerManaged(configuration, "kms_key_name", at));
  }

  private static List<MapEntry> present(MapValue settings, List<String> keys) {
    return keys.stream().flatMap(key -> settings.entry(key).stream())
        .filter(entry -> !(entry.value() instanceof NullValue)).toList();
  }
}

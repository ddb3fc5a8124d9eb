package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import java.util.List;
import java.util.Set;

/**
 * {@code google.cloud.gcp_bigquery_dataset}: each item of {@code access} grants a role to a {@code special_group}, an
 * {@code iam_member} or others, read for {@code allUsers} and {@code allAuthenticatedUsers} ({@link GrantLists}).
 * An {@code access} that is not a list of known items leaves the dataset unknown.
 */
final class BigQueryDatasetMapping implements ModuleMapping {
  private static final List<String> GRANT_KEYS = List.of("special_group", "iam_member");

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_bigquery_dataset");
  }

  @Override
  public List<CloudModel> map(Resource dataset, UnitResources unit) {
    return List.of(GrantLists.access(dataset, List.of("access"), GRANT_KEYS),
        DataStore.alwaysEncrypted(dataset, "dataset",
            Args.customerKey(dataset, "default_encryption_configuration", "kms_key_name")));
  }
}

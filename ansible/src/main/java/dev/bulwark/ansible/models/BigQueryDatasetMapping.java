package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_bigquery_dataset}: each item of {@code access} grants a role to a {@code special_group}, an
 * {@code iam_member} or others, read for {@code allUsers} and {@code allAuthenticatedUsers} ({@link DatasetAccess}).
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
    Optional<MapEntry> access = Args.entry(dataset.attributes(), "access");
    DataStore store = DataStore.alwaysEncrypted(dataset, "dataset",
        Args.customerKey(dataset, "default_encryption_configuration", "kms_key_name"));
    if (access.isEmpty()) {
      return List.of(DatasetAccess.of(dataset, List.of(), true, DatasetAccess.GOOGLE_EVERYONE), store);
    }
    Optional<List<Value>> items = access.get().value().asList();
    List<MapValue> grants = items.orElse(List.of()).stream().flatMap(item -> item.asMap().stream()).toList();
    boolean complete = items.isPresent() && grants.size() == items.get().size();
    List<MapEntry> members = grants.stream()
        .flatMap(grant -> GRANT_KEYS.stream().flatMap(key -> Args.entry(grant, key).stream()))
        .filter(entry -> !(entry.value() instanceof NullValue)).toList();
    return List.of(DatasetAccess.of(dataset, members, complete, DatasetAccess.GOOGLE_EVERYONE), store);
  }

}

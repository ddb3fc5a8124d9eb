package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Google Cloud grants written as list options whose items are dictionaries that name a member (a BigQuery dataset's
 * {@code access}, a Cloud Storage bucket's {@code acl}), read for {@code allUsers} and {@code allAuthenticatedUsers}.
 */
final class GrantLists {
  private GrantLists() {}

  /**
   * The access that the items of the options {@code options} of {@code task} grant, each item naming its member in
   * one of {@code keys} ({@link DatasetAccess#of}): an option given that is not a list of dictionaries leaves it
   * unknown; without any of the options, no one is granted access.
   */
  static DatasetAccess access(Resource task, List<String> options, List<String> keys) {
    List<MapEntry> members = new ArrayList<>();
    boolean complete = true;
    for (String option : options) {
      Optional<MapEntry> entry = Args.entry(task.attributes(), option);
      if (entry.isEmpty()) {
        continue;
      }
      Optional<List<Value>> items = entry.get().value().asList();
      List<MapValue> grants = items.orElse(List.of()).stream().flatMap(item -> item.asMap().stream()).toList();
      complete &= items.isPresent() && grants.size() == items.get().size();
      grants.forEach(grant -> keys.forEach(key -> Args.entry(grant, key).ifPresent(members::add)));
    }
    return DatasetAccess.of(task, members, complete, DatasetAccess.GOOGLE_EVERYONE);
  }
}

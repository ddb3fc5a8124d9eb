package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import java.util.List;
import java.util.Set;

/**
 * {@code google.cloud.gcp_storage_bucket_access_control} and {@code google.cloud.gcp_storage_default_object_acl},
 * unless {@code state} is {@code absent}: the grant to the bucket, or to its new objects, of the {@code entity}, read
 * for {@code allUsers} and {@code allAuthenticatedUsers}. Nothing a task of the unit can set blocks it: the bucket
 * module sets neither public access prevention nor uniform bucket-level access ({@link GcsBucketMapping}).
 */
final class GcsAccessControlMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_storage_bucket_access_control", "google.cloud.gcp_storage_default_object_acl");
  }

  @Override
  public List<CloudModel> map(Resource grant, UnitResources unit) {
    if (Args.absent(grant)) {
      return List.of();
    }
    return List.of(DatasetAccess.of(grant, Args.entry(grant.attributes(), "entity").stream().toList(), true,
        DatasetAccess.GOOGLE_EVERYONE));
  }
}

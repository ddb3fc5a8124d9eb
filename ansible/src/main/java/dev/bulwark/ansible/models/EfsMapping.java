package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.efs}: a file system, unless {@code state} is {@code absent}; {@code encrypt} defaults to
 * false, and a {@code kms_key_id} other than an AWS managed key's alias is a customer key.
 */
final class EfsMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.efs");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    return List.of(new DataStore(task, "file system", Args.flag(task.attributes(), "encrypt", false, task.range()),
        KmsKeys.customerManaged(task.attributes(), "kms_key_id", task.range())));
  }
}

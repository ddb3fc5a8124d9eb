package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code amazon.aws.ec2_vol}. Default: {@code encrypted} false for a volume the task creates (it gives a
 * {@code volume_size}), and a customer-managed key only with a {@code kms_key_id}; a volume made from a
 * {@code snapshot}, or an existing one the task attaches or changes (named by {@code id}, or without a size), has its
 * encryption and key decided elsewhere.
 */
final class VolumeMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_vol");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    boolean creates = Args.entry(task.attributes(), "volume_size").isPresent()
        && Args.entry(task.attributes(), "snapshot", "id").isEmpty();
    Fact customerKey = creates
        ? KmsKeys.customerManaged(task.attributes(), "kms_key_id", task.range())
        : Fact.unknown("kms_key_id", task.range(), List.of());
    return List.of(new BlockVolume(task, Args.flag(task.attributes(), "encrypted",
        creates ? Optional.of(false) : Optional.empty(), task.range()), customerKey));
  }
}

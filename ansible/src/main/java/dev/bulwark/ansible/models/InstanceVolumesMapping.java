package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The EBS volumes an instance, launch configuration or launch template declares in {@code volumes} (a launch
 * template's {@code block_device_mappings}): each is a block volume, unencrypted unless {@code encrypted} says
 * otherwise, or unknown when it is made from a snapshot. {@code amazon.aws.ec2_instance} and
 * {@code ec2_launch_template} nest the EBS settings under {@code ebs}; the legacy {@code amazon.aws.ec2} module and
 * {@code community.aws.autoscaling_launch_config} write them on the volume itself. Ephemeral (instance store)
 * volumes are not EBS volumes. Only the nesting modules name a volume's key ({@code ebs.kms_key_id}); the other
 * modules' keys are unknown. A launch template task without {@code block_device_mappings} makes a version that
 * keeps its source version's, and a task with {@code state: absent} declares no volume.
 */
final class InstanceVolumesMapping implements ModuleMapping {
  private static final String LAUNCH_TEMPLATE = "amazon.aws.ec2_launch_template";
  private static final Set<String> NESTED = Set.of("amazon.aws.ec2_instance", LAUNCH_TEMPLATE);

  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_instance", "amazon.aws.ec2", "community.aws.autoscaling_launch_config",
        LAUNCH_TEMPLATE);
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    String list = task.type().equals(LAUNCH_TEMPLATE) ? "block_device_mappings" : "volumes";
    boolean nested = NESTED.contains(task.type());
    List<Value> volumes = Args.entry(task.attributes(), list)
        .flatMap(entry -> entry.value().asList()).orElse(List.of());
    List<CloudModel> models = new ArrayList<>();
    for (int i = 0; i < volumes.size(); i++) {
      Optional<MapValue> volume = volumes.get(i).asMap();
      String path = list + "[" + i + "]";
      Range at = volumes.get(i).range();
      if (nested) {
        Optional<MapEntry> ebs = volume.flatMap(v -> Args.entry(v, "ebs"));
        path += ".ebs";
        at = ebs.map(MapEntry::range).orElse(at);
        volume = ebs.flatMap(entry -> entry.value().asMap());
      } else if (volume.flatMap(v -> Args.entry(v, "ephemeral")).isPresent()) {
        volume = Optional.empty();
      }
      if (volume.isPresent()) {
        Fact encrypted = encrypted(volume.get(), path + ".encrypted", at);
        models.add(nested
            ? new BlockVolume(task, encrypted, customerKey(volume.get(), path + ".kms_key_id", at))
            : new BlockVolume(task, encrypted));
      }
    }
    return models;
  }

  /**
   * Whether a nested volume's {@code kms_key_id} names a customer-managed key: not without one, unknown
   * for a snapshot's copy, which keeps the snapshot's key.
   */
  private static Fact customerKey(MapValue ebs, String attribute, Range at) {
    return Args.entry(ebs, "kms_key_id").isEmpty() && Args.entry(ebs, "snapshot_id", "snapshot").isPresent()
        ? Fact.unknown(attribute, at, List.of())
        : KmsKeys.customerManaged(ebs, "kms_key_id", at);
  }

  /** The volume's {@code encrypted}; when missing, false at {@code at}, or unknown for a snapshot's copy. */
  private static Fact encrypted(MapValue volume, String attribute, Range at) {
    boolean fromSnapshot = Args.entry(volume, "snapshot_id", "snapshot").isPresent();
    return Args.entry(volume, "encrypted")
        .map(entry -> Args.fact(entry.value(), attribute, entry.range()))
        .orElseGet(() -> fromSnapshot
            ? Fact.unknown(attribute, at, List.of())
            : Fact.byDefault(false, attribute, at));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The EBS block devices declared under one key of a resource or module call ({@code ebs_block_device},
 * {@code root_block_device}, or the {@code ebs} of each {@code block_device_mappings}), one block volume each.
 * A device without {@code encrypted} is encrypted when the unit turns on EBS encryption by default, takes its
 * snapshot's encryption when it has a {@code snapshot_id} (unknown), and is unencrypted otherwise; a finding about a
 * missing {@code encrypted} points at the device's block. Devices that are not known blocks are left out.
 */
final class EbsDevices {
  private EbsDevices() {}

  /** The devices under {@code key}, e.g. {@code ebs_block_device}. */
  static List<CloudModel> of(Resource owner, MapValue attributes, String key, boolean encryptedByDefault) {
    List<CloudModel> volumes = new ArrayList<>();
    List<Value> items = NestedBlocks.of(attributes, key).items();
    for (int i = 0; i < items.size(); i++) {
      Optional<MapValue> device = items.get(i).asMap();
      if (device.isPresent()) {
        volumes.add(volume(owner, device.get(), key + "[" + i + "]", encryptedByDefault));
      }
    }
    return volumes;
  }

  /** The {@code ebs} of each item of {@code key}, e.g. a launch template's {@code block_device_mappings}. */
  static List<CloudModel> nested(Resource owner, MapValue attributes, String key, boolean encryptedByDefault) {
    List<CloudModel> volumes = new ArrayList<>();
    List<Value> items = NestedBlocks.of(attributes, key).items();
    for (int i = 0; i < items.size(); i++) {
      String path = key + "[" + i + "]";
      items.get(i).asMap().ifPresent(mapping -> volumes.addAll(of(owner, mapping, "ebs", encryptedByDefault).stream()
          .map(volume -> (BlockVolume) volume)
          .map(volume -> new BlockVolume(owner, prefixed(volume.encrypted(), path),
              prefixed(volume.customerManagedKey(), path)))
          .toList()));
    }
    return volumes;
  }

  private static BlockVolume volume(Resource owner, MapValue device, String path, boolean encryptedByDefault) {
    Range at = device.range();
    boolean missing = device.entry("encrypted").filter(e -> !(e.value() instanceof NullValue)).isEmpty();
    Fact encrypted = missing && device.entry("snapshot_id").isPresent() && !encryptedByDefault
        ? Fact.unknown("encrypted", at, List.of())
        : Fact.of(device, "encrypted", encryptedByDefault, at);
    return new BlockVolume(owner, prefixed(encrypted, path),
        prefixed(KmsKeys.customerManaged(device, "kms_key_id", at), path));
  }

  /**
   * {@code fact} about the device at {@code path}: its attribute named in full, e.g.
   * {@code ebs_block_device[0].encrypted}.
   */
  private static Fact prefixed(Fact fact, String path) {
    return new Fact(fact.truth(), path + "." + fact.attribute(), fact.range(), fact.byDefault(), fact.origin(),
        fact.condition(), fact.alternatives().stream().map(alternative -> prefixed(alternative, path)).toList());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Google Cloud disks, which Google Cloud always encrypts at rest, with a key of the customer's when one is named
 * (a Cloud KMS key) or supplied (a raw or RSA-wrapped key), non-empty:
 * <ul>
 *   <li>{@code google_compute_disk} and {@code google_compute_region_disk}: in their {@code disk_encryption_key}
 *       block ({@code kms_key_self_link}, {@code raw_key}, {@code rsa_encrypted_key});</li>
 *   <li>the boot disk of a {@code google_compute_instance}: in its {@code boot_disk} block
 *       ({@code kms_key_self_link}, {@code disk_encryption_key_raw}, {@code disk_encryption_key_rsa});</li>
 *   <li>each {@code disk} of a {@code google_compute_instance_template} or
 *       {@code google_compute_region_instance_template}: in its {@code disk_encryption_key} block
 *       ({@code kms_key_self_link}).</li>
 * </ul>
 * A boot disk or template disk that attaches an existing disk ({@code source}) has that disk's key (unknown here).
 */
final class GcpDiskMapping implements ModelMapping {
  private static final String KEY = "disk_encryption_key";
  private static final List<String> DISK_KEYS = List.of("kms_key_self_link", "raw_key", "rsa_encrypted_key");
  private static final List<String> BOOT_DISK_KEYS = List.of("kms_key_self_link", "disk_encryption_key_raw",
      "disk_encryption_key_rsa");
  private static final String INSTANCE = "google_compute_instance";

  @Override
  public Set<String> types() {
    return Set.of("google_compute_disk", "google_compute_region_disk", INSTANCE, "google_compute_instance_template",
        "google_compute_region_instance_template");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    if (resource.type().endsWith("_disk")) {
      return List.of(volume(resource, NestedBlocks.first(resource.attributes(), KEY, resource.range(),
          (settings, at) -> KmsKeys.supplied(settings, DISK_KEYS, KEY, at))));
    }
    if (resource.type().equals(INSTANCE)) {
      return List.of(volume(resource, NestedBlocks.first(resource.attributes(), "boot_disk", resource.range(),
          (bootDisk, at) -> attaches(bootDisk).orElse(KmsKeys.supplied(bootDisk, BOOT_DISK_KEYS,
              "kms_key_self_link", at)))));
    }
    List<CloudModel> volumes = new ArrayList<>();
    for (MapValue disk : NestedBlocks.of(resource.attributes(), "disk").known()) {
      volumes.add(volume(resource, attaches(disk).orElse(NestedBlocks.first(disk, KEY, disk.range(),
          (settings, at) -> KmsKeys.supplied(settings, List.of("kms_key_self_link"), KEY, at)))));
    }
    return volumes;
  }

  private static BlockVolume volume(Resource resource, Fact customerKey) {
    return new BlockVolume(resource, Fact.byDefault(true, KEY, resource.range()), customerKey);
  }

  /** Unknown when the disk settings attach an existing disk ({@code source}), whose key is its own. */
  private static Optional<Fact> attaches(MapValue disk) {
    return disk.entry("source").filter(source -> !(source.value() instanceof NullValue))
        .map(MapEntry::range).map(range -> Fact.unknown("source", range, List.of()));
  }
}

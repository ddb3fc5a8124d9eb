package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_compute_disk} and {@code gcp_compute_region_disk}, unless {@code state: absent}: Google
 * Cloud encrypts every disk at rest; the key is the customer's when {@code disk_encryption_key} names a Cloud KMS key
 * ({@code kms_key_name}) or supplies one ({@code raw_key}, {@code rsa_encrypted_key}), not blank. The same holds for
 * each item of a {@code gcp_compute_instance}'s {@code disks} that creates its disk ({@code initialize_params}); an
 * item that attaches an existing disk ({@code source}) has that disk's key (unknown here).
 */
final class GcpDiskMapping implements ModuleMapping {
  private static final String KEY = "disk_encryption_key";
  private static final List<String> KEYS = List.of("kms_key_name", "raw_key", "rsa_encrypted_key");
  private static final String INSTANCE = "google.cloud.gcp_compute_instance";

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_compute_disk", "google.cloud.gcp_compute_region_disk", INSTANCE);
  }

  @Override
  public List<CloudModel> map(Resource resource, UnitResources unit) {
    if (Args.absent(resource)) {
      return List.of();
    }
    if (!resource.type().equals(INSTANCE)) {
      return List.of(volume(resource, Args.inObject(resource, KEY, (keys, at) -> KmsKeys.supplied(keys, KEYS, KEY,
          at))));
    }
    List<CloudModel> volumes = new ArrayList<>();
    List<Value> disks = Args.entry(resource.attributes(), "disks").flatMap(entry -> entry.value().asList())
        .orElse(List.of());
    for (Value item : disks) {
      Optional<MapValue> disk = item.asMap();
      if (disk.isEmpty() || Args.entry(disk.get(), "source").isPresent()) {
        volumes.add(volume(resource, Fact.unknown(KEY, item.range(), List.of())));
        continue;
      }
      volumes.add(volume(resource, Args.inObject(disk.get(), KEY, item.range(),
          (keys, at) -> KmsKeys.supplied(keys, KEYS, KEY, at))));
    }
    return volumes;
  }

  private static BlockVolume volume(Resource resource, Fact customerKey) {
    return new BlockVolume(resource, Fact.byDefault(true, KEY, resource.range()), customerKey);
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code google.cloud.gcp_compute_disk} and {@code gcp_compute_region_disk}: Google Cloud encrypts every disk at
 * rest; the key is the customer's when {@code disk_encryption_key} names a Cloud KMS key ({@code kms_key_name}) or
 * supplies one ({@code raw_key}, {@code rsa_encrypted_key}), not blank.
 */
final class GcpDiskMapping implements ModuleMapping {
  private static final String KEY = "disk_encryption_key";
  private static final List<String> KEYS = List.of("kms_key_name", "raw_key", "rsa_encrypted_key");

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_compute_disk", "google.cloud.gcp_compute_region_disk");
  }

  @Override
  public List<CloudModel> map(Resource disk, UnitResources unit) {
    return List.of(new BlockVolume(disk, Fact.byDefault(true, KEY, disk.range()),
        Args.inObject(disk, KEY, (keys, at) -> KmsKeys.supplied(keys, KEYS, KEY, at))));
  }
}

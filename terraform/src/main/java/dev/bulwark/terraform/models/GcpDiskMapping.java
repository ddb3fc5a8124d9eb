package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code google_compute_disk} and {@code google_compute_region_disk}: Google Cloud encrypts every disk at rest;
 * the key is the customer's when the {@code disk_encryption_key} block names a Cloud KMS key
 * ({@code kms_key_self_link}) or supplies one ({@code raw_key}, {@code rsa_encrypted_key}), non-empty.
 */
final class GcpDiskMapping implements ModelMapping {
  private static final String KEY = "disk_encryption_key";
  private static final List<String> KEYS = List.of("kms_key_self_link", "raw_key", "rsa_encrypted_key");

  @Override
  public Set<String> types() {
    return Set.of("google_compute_disk", "google_compute_region_disk");
  }

  @Override
  public List<CloudModel> map(Resource disk, Module module) {
    return List.of(new BlockVolume(disk, Fact.byDefault(true, KEY, disk.range()), customerKey(disk)));
  }

  private static Fact customerKey(Resource disk) {
    return NestedBlocks.first(disk.attributes(), KEY, disk.range(),
        (settings, at) -> KmsKeys.supplied(settings, KEYS, KEY, at));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code google_compute_disk} and {@code google_compute_region_disk}: Google Cloud encrypts every disk at rest;
 * a {@code disk_encryption_key} block (a Cloud KMS key or a key the customer supplies) makes the key the customer's.
 */
final class GcpDiskMapping implements ModelMapping {
  private static final String KEY = "disk_encryption_key";

  @Override
  public Set<String> types() {
    return Set.of("google_compute_disk", "google_compute_region_disk");
  }

  @Override
  public List<CloudModel> map(Resource disk, Module module) {
    NestedBlocks key = NestedBlocks.of(disk.attributes(), KEY);
    return List.of(new BlockVolume(disk, Fact.byDefault(true, KEY, disk.range()),
        key.isMissing() ? Fact.byDefault(false, KEY, disk.range()) : key.presence(KEY)));
  }
}

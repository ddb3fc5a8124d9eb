package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_ebs_encryption_by_default}: the region's setting for the EBS volumes created from now on, as a block
 * volume encrypted as its {@code enabled} says (default true).
 */
final class EbsEncryptionByDefaultMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_ebs_encryption_by_default");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    return List.of(new BlockVolume(resource, Fact.of(resource.attributes(), "enabled", true, resource.range())));
  }
}

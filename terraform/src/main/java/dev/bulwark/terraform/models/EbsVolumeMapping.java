package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_ebs_volume}. Default: {@code encrypted} false, unless the module turns on
 * {@code aws_ebs_encryption_by_default} (then true) or the volume is made from a snapshot (then it takes the
 * snapshot's encryption: unknown).
 */
final class EbsVolumeMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_ebs_volume");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    if (resource.attribute("encrypted").isEmpty() && resource.attribute("snapshot_id").isPresent()) {
      return List.of(new BlockVolume(resource, Fact.unknown("encrypted", resource.range(), List.of())));
    }
    return List.of(new BlockVolume(resource, Fact.of(resource.attributes(), "encrypted",
        encryptedByDefault(module), resource.range())));
  }

  private static boolean encryptedByDefault(Module module) {
    return module.ofType("aws_ebs_encryption_by_default").stream()
        .anyMatch(setting -> Fact.of(setting.attributes(), "enabled", true, setting.range()).isTrue());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_ebs_volume}. Default: {@code encrypted} false, unless the module turns on
 * {@code aws_ebs_encryption_by_default} (then true) or the volume is made from a snapshot (then it takes the
 * snapshot's encryption: unknown). Its {@code kms_key_id}, unless an AWS managed key's alias, is a customer key.
 */
final class EbsVolumeMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_ebs_volume");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    Fact customerKey = KmsKeys.customerManaged(resource.attributes(), "kms_key_id", resource.range());
    if (resource.attribute("encrypted").isEmpty() && resource.attribute("snapshot_id").isPresent()) {
      return List.of(new BlockVolume(resource, Fact.unknown("encrypted", resource.range(), List.of()), customerKey));
    }
    return List.of(new BlockVolume(resource, Fact.of(resource.attributes(), "encrypted",
        EbsEncryption.byDefault(module), resource.range()), customerKey));
  }
}

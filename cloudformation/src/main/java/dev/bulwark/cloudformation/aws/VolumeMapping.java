package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::Volume}: {@code Encrypted} defaults to false; a volume from a snapshot takes its encryption. A
 * {@code KmsKeyId} other than an AWS managed key's alias is a customer key.
 */
final class VolumeMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::Volume");
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    Fact customerKey = KmsKeys.customerManaged(resource.attributes(), "KmsKeyId", resource.range());
    if (resource.attribute("Encrypted").isEmpty() && resource.attribute("SnapshotId").isPresent()) {
      return List.of(new BlockVolume(resource, Fact.unknown("Encrypted", resource.range(), List.of()), customerKey));
    }
    return List.of(new BlockVolume(resource, Fact.of(resource.attributes(), "Encrypted", false, resource.range()),
        customerKey));
  }
}

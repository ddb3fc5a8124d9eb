package dev.bulwark.ansible.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code amazon.aws.ec2_vol}. Default: {@code encrypted} false, unless the volume is made from a
 * {@code snapshot} or is an existing volume named by {@code id}: then its encryption is decided elsewhere.
 */
final class VolumeMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_vol");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    boolean elsewhere = Args.entry(task.attributes(), "snapshot", "id").isPresent();
    Fact encrypted = elsewhere && Args.entry(task.attributes(), "encrypted").isEmpty()
        ? Fact.unknown("encrypted", task.range(), List.of())
        : Args.flag(task.attributes(), "encrypted", false, task.range());
    return List.of(new BlockVolume(task, encrypted));
  }
}

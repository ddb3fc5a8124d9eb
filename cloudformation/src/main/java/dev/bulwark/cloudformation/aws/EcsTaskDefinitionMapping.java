package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EfsVolumes;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ECS::TaskDefinition}: each item of {@code Volumes} with an {@code EFSVolumeConfiguration} encrypts its
 * traffic when that configuration's {@code TransitEncryption} is {@code ENABLED} ({@link EfsVolumes}); a volume list
 * or volume that is not known is unknown.
 */
final class EcsTaskDefinitionMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::ECS::TaskDefinition");
  }

  @Override
  public List<CloudModel> map(Resource task, Stack stack) {
    return task.attributes().entry("Volumes")
        .flatMap(volumes -> EfsVolumes.ofList(task, volumes, "EFSVolumeConfiguration", "TransitEncryption"))
        .<List<CloudModel>>map(List::of).orElse(List.of());
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EfsVolumes;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.ecs_taskdefinition}: its {@code volumes} go to the ECS API as they are written, so each with
 * an {@code efsVolumeConfiguration} encrypts its traffic when that configuration's {@code transitEncryption} is
 * {@code ENABLED} ({@link EfsVolumes}); a volume list or volume that is not known is unknown.
 */
final class EcsTaskDefinitionMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.ecs_taskdefinition");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    return Args.entry(task.attributes(), "volumes")
        .flatMap(volumes -> EfsVolumes.ofList(task, volumes, "efsVolumeConfiguration", "transitEncryption"))
        .<List<CloudModel>>map(List::of).orElse(List.of());
  }
}

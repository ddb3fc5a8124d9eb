package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EfsVolumes;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_ecs_task_definition}: each {@code volume} with an {@code efs_volume_configuration} encrypts its traffic
 * when that block's {@code transit_encryption} is {@code ENABLED} ({@link EfsVolumes}); a volume that is not known
 * (a {@code dynamic} block over an unknown collection) is unknown.
 */
final class EcsTaskDefinitionMapping implements ModelMapping {
  private static final String KEY = "transit_encryption";

  @Override
  public Set<String> types() {
    return Set.of("aws_ecs_task_definition");
  }

  @Override
  public List<CloudModel> map(Resource task, Module module) {
    List<Fact> volumes = new ArrayList<>();
    for (Value item : NestedBlocks.of(task.attributes(), "volume").items()) {
      if (item.asMap().isEmpty()) {
        volumes.add(Fact.unknown(KEY, item.range(), item.origin()));
        continue;
      }
      for (MapValue efs : NestedBlocks.of(item.asMap().get(), "efs_volume_configuration").known()) {
        volumes.add(EfsVolumes.encrypted(efs, KEY, efs.range()));
      }
    }
    return EfsVolumes.of(task, volumes).<List<CloudModel>>map(List::of).orElse(List.of());
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EfsVolumes;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::ECS::TaskDefinition}: each item of {@code Volumes} with an {@code EFSVolumeConfiguration} encrypts its
 * traffic when that configuration's {@code TransitEncryption} is {@code ENABLED} ({@link EfsVolumes}); a volume list
 * or volume that is not known is unknown.
 */
final class EcsTaskDefinitionMapping implements ModelMapping {
  private static final String KEY = "TransitEncryption";

  @Override
  public Set<String> types() {
    return Set.of("AWS::ECS::TaskDefinition");
  }

  @Override
  public List<CloudModel> map(Resource task, ResourceGraph graph) {
    Optional<MapEntry> entry = task.attributes().entry("Volumes");
    if (entry.isEmpty()) {
      return List.of();
    }
    Optional<List<Value>> items = entry.get().value().asList();
    List<Fact> volumes = new ArrayList<>();
    if (items.isEmpty()) {
      volumes.add(Fact.unknown(KEY, entry.get().range(), entry.get().value().origin()));
    }
    for (Value item : items.orElse(List.of())) {
      Optional<MapEntry> efs = item.asMap().flatMap(volume -> volume.entry("EFSVolumeConfiguration"));
      if (item.asMap().isEmpty()) {
        volumes.add(Fact.unknown(KEY, item.range(), item.origin()));
      } else if (efs.isPresent()) {
        Optional<MapValue> configuration = efs.get().value().asMap();
        volumes.add(configuration.map(settings -> EfsVolumes.encrypted(settings, KEY, efs.get().range()))
            .orElseGet(() -> Fact.unknown(KEY, efs.get().range(), efs.get().value().origin())));
      }
    }
    return EfsVolumes.of(task, volumes).<List<CloudModel>>map(List::of).orElse(List.of());
  }
}

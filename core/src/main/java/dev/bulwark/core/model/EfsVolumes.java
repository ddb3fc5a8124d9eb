package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a container task's EFS volumes (an ECS task definition's) encrypt their NFS traffic: each volume's
 * {@code transit_encryption} / {@code TransitEncryption} must be {@code ENABLED}; it is {@code DISABLED} by default.
 */
public final class EfsVolumes {
  private EfsVolumes() {}

  /**
   * Whether the EFS volume whose configuration is {@code configuration} (located at {@code at}) encrypts its traffic,
   * as its setting {@code key} says.
   */
  public static Fact encrypted(MapValue configuration, String key, Range at) {
    return configuration.entry(key)
        .map(entry -> Fact.of(entry.value(), key, entry.range(),
            value -> value.asString().map(mode -> mode.equalsIgnoreCase("ENABLED"))))
        .orElseGet(() -> Fact.byDefault(false, key, at));
  }

  /**
   * The model of a task definition from its list of volume objects ({@code volumes}), each EFS volume's configuration
   * under {@code configurationKey} and its setting under {@code key}; a list, volume or configuration that is not
   * known is unknown. None when it has no EFS volume.
   */
  public static Optional<TrafficEncryption> ofList(Resource task, MapEntry volumes, String configurationKey,
      String key) {
    Optional<List<Value>> items = volumes.value().asList();
    List<Fact> facts = new ArrayList<>();
    if (items.isEmpty()) {
      facts.add(Fact.unknown(key, volumes.range(), volumes.value().origin()));
    }
    for (Value item : items.orElse(List.of())) {
      Optional<MapEntry> efs = item.asMap().flatMap(volume -> volume.entry(configurationKey));
      if (item.asMap().isEmpty()) {
        facts.add(Fact.unknown(key, item.range(), item.origin()));
      } else if (efs.isPresent()) {
        facts.add(efs.get().value().asMap()
            .map(settings -> encrypted(settings, key, efs.get().range()))
            .orElseGet(() -> Fact.unknown(key, efs.get().range(), efs.get().value().origin())));
      }
    }
    return of(task, facts);
  }

  /** The model of a task definition with the facts of its EFS volumes; none when it has no EFS volume. */
  public static Optional<TrafficEncryption> of(Resource task, List<Fact> volumes) {
    return volumes.isEmpty() ? Optional.empty() : Optional.of(new TrafficEncryption(task, Fact.all(volumes)));
  }
}

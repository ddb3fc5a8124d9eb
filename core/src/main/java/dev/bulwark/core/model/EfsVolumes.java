package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapValue;
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

  /** The model of a task definition with the facts of its EFS volumes; none when it has no EFS volume. */
  public static Optional<TrafficEncryption> of(Resource task, List<Fact> volumes) {
    return volumes.isEmpty() ? Optional.empty() : Optional.of(new TrafficEncryption(task, Fact.all(volumes)));
  }
}

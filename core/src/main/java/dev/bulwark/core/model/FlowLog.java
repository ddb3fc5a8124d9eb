package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A flow log declared as a resource of its own that can be switched off (Azure Network Watcher flow log).
 *
 * @param enabled whether it captures traffic
 */
public record FlowLog(Resource resource, Fact enabled) implements CloudModel {
  public FlowLog {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(enabled, "enabled");
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A network accelerator that fronts endpoints with static addresses (AWS Global Accelerator).
 *
 * @param flowLogs whether flow logs capture the traffic it carries
 */
public record Accelerator(Resource resource, Fact flowLogs) implements CloudModel {
  public Accelerator {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(flowLogs, "flowLogs");
  }
}

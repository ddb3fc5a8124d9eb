package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A virtual network (AWS VPC, ...).
 *
 * @param flowLogs whether flow logs capture its traffic, through an attached flow log resource or setting
 */
public record VirtualNetwork(Resource resource, Fact flowLogs) implements CloudModel {
  public VirtualNetwork {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(flowLogs, "flowLogs");
  }
}

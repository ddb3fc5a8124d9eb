package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A managed network firewall that inspects a VPC's traffic (AWS Network Firewall).
 *
 * @param logging whether it delivers its alert or flow logs somewhere
 */
public record NetworkFirewall(Resource resource, Fact logging) implements CloudModel {
  public NetworkFirewall {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/** A stateful virtual firewall (AWS security group, ...) with the rules declared inline or attached to it. */
public record SecurityGroup(Resource resource, List<FirewallRule> rules) implements CloudModel {
  public SecurityGroup {
    Objects.requireNonNull(resource, "resource");
    rules = List.copyOf(rules);
  }
}

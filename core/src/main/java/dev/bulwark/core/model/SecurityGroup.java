package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A stateful virtual firewall (AWS security group, Azure network security group, GCP VPC firewall rules) with the
 * rules declared inline or attached to it.
 *
 * @param rules        its rules
 * @param defaultGroup whether it is a network's default group, which everything lands in unless placed elsewhere
 */
public record SecurityGroup(Resource resource, List<FirewallRule> rules, boolean defaultGroup)
    implements CloudModel {

  public SecurityGroup {
    Objects.requireNonNull(resource, "resource");
    rules = List.copyOf(rules);
  }

  /** A group that is not a default group. */
  public SecurityGroup(Resource resource, List<FirewallRule> rules) {
    this(resource, rules, false);
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A stateless network access list (AWS network ACL) with the rules that allow traffic.
 *
 * @param allowRules its allow rules (deny rules are not listed)
 */
public record NetworkAcl(Resource resource, List<FirewallRule> allowRules)
    implements CloudModel {

  public NetworkAcl {
    Objects.requireNonNull(resource, "resource");
    allowRules = List.copyOf(allowRules);
  }
}

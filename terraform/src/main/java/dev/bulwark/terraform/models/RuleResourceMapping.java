package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.SecurityGroup;
import java.util.List;
import java.util.Set;

/**
 * A security group rule resource whose group is not in the unit (an existing group, one made by a module that is
 * not loaded): the rule is checked on its own, as a group of one rule declared by the resource. A rule attached to
 * a group of the unit is part of that group's model.
 */
final class RuleResourceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return FirewallRules.RULE_TYPES;
  }

  @Override
  public List<CloudModel> map(Resource rule, Module module) {
    if (SecurityGroupMapping.attachments(module, rule.type()).isAttached(rule)) {
      return List.of();
    }
    return FirewallRules.resource(rule).map(firewallRule -> List.<CloudModel>of(new SecurityGroup(rule,
        List.of(firewallRule)))).orElse(List.of());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_security_group} and {@code aws_default_security_group} with their inline rules and the rule resources
 * attached to them by {@code security_group_id} (see {@link FirewallRules}). A rule resource declared in the
 * resource reports on that resource, with the group in related locations. An {@code aws_default_security_group} is
 * a VPC's default group; Terraform removes the rules it does not declare.
 */
final class SecurityGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return FirewallRules.GROUP_TYPES;
  }

  @Override
  public List<CloudModel> map(Resource group, Module module) {
    List<FirewallRule> rules = new ArrayList<>();
    rules.addAll(FirewallRules.inline(group, "ingress", Direction.INGRESS));
    rules.addAll(FirewallRules.inline(group, "egress", Direction.EGRESS));
    for (String type : FirewallRules.RULE_TYPES.stream().sorted().toList()) {
      attachments(module, type).to(group).forEach(rule -> FirewallRules.resource(rule).ifPresent(rules::add));
    }
    return List.of(new SecurityGroup(group, rules, group.type().equals("aws_default_security_group")));
  }

  static Attachments attachments(Module module, String type) {
    return module.attachments(type, "security_group_id", FirewallRules.GROUP_TYPES, Optional.empty());
  }
}

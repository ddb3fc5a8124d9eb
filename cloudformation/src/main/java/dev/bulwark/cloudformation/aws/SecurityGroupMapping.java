package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.FirewallRuleSyntax;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::SecurityGroup} with its inline {@code SecurityGroupIngress}/{@code SecurityGroupEgress} rules and
 * the {@code AWS::EC2::SecurityGroupIngress}/{@code AWS::EC2::SecurityGroupEgress} resources whose {@code GroupId}
 * (or, in a default VPC, {@code GroupName}) refers to it.
 */
final class SecurityGroupMapping implements ModelMapping {
  static final FirewallRuleSyntax SYNTAX =
      new FirewallRuleSyntax("IpProtocol", "FromPort", "ToPort", List.of("CidrIp", "CidrIpv6"));

  private static final String TYPE = "AWS::EC2::SecurityGroup";

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  /** The security groups of the template that {@code resource} refers to (a cache's, for instance). */
  static List<Resource> referredBy(Resource resource, ResourceGraph graph) {
    return graph.targets(resource).stream().filter(target -> target.type().equals(TYPE)).toList();
  }

  @Override
  public List<CloudModel> map(Resource group, Stack stack) {
    List<FirewallRule> rules = new ArrayList<>();
    inline(group, "SecurityGroupIngress", Direction.INGRESS, rules);
    inline(group, "SecurityGroupEgress", Direction.EGRESS, rules);
    attached(group, stack.graph(), "AWS::EC2::SecurityGroupIngress", Direction.INGRESS, rules);
    attached(group, stack.graph(), "AWS::EC2::SecurityGroupEgress", Direction.EGRESS, rules);
    return List.of(new SecurityGroup(group, rules));
  }

  private static void inline(Resource group, String property, Direction direction, List<FirewallRule> rules) {
    List<Value> items = group.attribute(property)
        .map(entry -> entry.value().asList().orElse(List.of(entry.value())))
        .orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      items.get(i).asMap().ifPresent(rule ->
          rules.add(SYNTAX.read(group, property + "[" + index + "]", rule, direction)));
    }
  }

  private static void attached(Resource group, ResourceGraph graph, String type, Direction direction,
      List<FirewallRule> rules) {
    for (String property : List.of("GroupId", "GroupName")) {
      for (Resource rule : graph.referrers(group, type, property)) {
        rules.add(SYNTAX.read(rule, "", rule.attributes(), direction));
      }
    }
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.SecurityGroup;
import java.util.List;
import java.util.Set;

/**
 * An {@code AWS::EC2::SecurityGroupIngress} or {@code ...Egress} whose group is not a security group of the
 * template (a parameter, an import, an existing group): the rule is checked on its own, as a group of one rule
 * declared by the resource. When its {@code GroupId} refers to a VPC ({@code !GetAtt Vpc.DefaultSecurityGroup}),
 * that group is the VPC's default group. A rule of a security group of the template is part of that group's model
 * (see {@link SecurityGroupMapping}), and this one has no rules.
 */
final class SecurityGroupRuleMapping implements ModelMapping {
  private static final Set<String> GROUP_ATTRIBUTES = Set.of("GroupId", "GroupName");

  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress");
  }

  @Override
  public List<CloudModel> map(Resource rule, Stack stack) {
    List<String> targets = stack.graph().referencesFrom(rule).stream()
        .filter(reference -> GROUP_ATTRIBUTES.contains(reference.attribute()))
        .flatMap(reference -> stack.graph().resource(reference.to()).stream())
        .map(Resource::type)
        .toList();
    if (targets.contains("AWS::EC2::SecurityGroup")) {
      return List.of(new SecurityGroup(rule, List.of()));
    }
    Direction direction = rule.type().endsWith("Ingress") ? Direction.INGRESS : Direction.EGRESS;
    return List.of(new SecurityGroup(rule,
        List.of(SecurityGroupMapping.SYNTAX.read(rule, "", rule.attributes(), direction)),
        targets.contains("AWS::EC2::VPC")));
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.FirewallRuleSyntax;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::RDS::DBSecurityGroup} (EC2-Classic DB security groups) with its inline {@code DBSecurityGroupIngress}
 * rules and the {@code AWS::RDS::DBSecurityGroupIngress} resources whose {@code DBSecurityGroupName} refers to it:
 * each admits its {@code CIDRIP} to the database instances in the group. A DB security group names no protocol or
 * port, so its rules are TCP to every port: whatever the instances listen on.
 */
final class DbSecurityGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::RDS::DBSecurityGroup");
  }

  @Override
  public List<CloudModel> map(Resource group, Stack stack) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = group.attribute("DBSecurityGroupIngress")
        .map(entry -> entry.value().asList().orElse(List.of(entry.value())))
        .orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      String path = "DBSecurityGroupIngress[" + i + "]";
      items.get(i).asMap().ifPresent(rule -> rules.add(rule(group, path, rule)));
    }
    for (Resource rule : stack.graph().referrers(group, "AWS::RDS::DBSecurityGroupIngress", "DBSecurityGroupName")) {
      rules.add(rule(rule, "", rule.attributes()));
    }
    return List.of(new SecurityGroup(group, rules));
  }

  private static FirewallRule rule(Resource declaredBy, String path, MapValue rule) {
    return new FirewallRule(declaredBy, path, rule.range(), Direction.INGRESS,
        Located.known(Protocol.TCP, "CIDRIP", rule.range(), List.of()),
        Located.known(PortRange.ALL, "CIDRIP", rule.range(), List.of()),
        FirewallRuleSyntax.sources(rule, List.of("CIDRIP")));
  }
}

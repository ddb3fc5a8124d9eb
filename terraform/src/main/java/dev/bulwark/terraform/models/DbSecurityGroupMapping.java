package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_db_security_group} (EC2-Classic DB security groups): each {@code ingress} block admits its
 * {@code cidr} to the database instances in the group. A DB security group names no protocol or port, so its rules
 * are TCP to every port: whatever the instances listen on.
 */
final class DbSecurityGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_db_security_group");
  }

  @Override
  public List<CloudModel> map(Resource group, Module module) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = NestedBlocks.of(group.attributes(), "ingress").items();
    for (int i = 0; i < items.size(); i++) {
      String path = "ingress[" + i + "]";
      items.get(i).asMap().ifPresent(block -> rules.add(new FirewallRule(group, path, block.range(),
          Direction.INGRESS, Located.known(Protocol.TCP, "ingress", block.range(), List.of()),
          Located.known(PortRange.ALL, "ingress", block.range(), List.of()),
          FirewallRules.sources(block, List.of("cidr")))));
    }
    return List.of(new SecurityGroup(group, rules));
  }
}

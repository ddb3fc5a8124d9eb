package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
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
 * {@code AWS::Lightsail::Instance}: the firewall its {@code Networking.Ports} declare, each port an ingress rule from
 * its {@code Cidrs} and {@code Ipv6Cidrs}. An instance without ports, or a port that names no range, is read as
 * admitting no address here, since what Lightsail then applies is not shown by the template.
 */
final class LightsailInstanceMapping implements ModelMapping {
  private static final FirewallRuleSyntax SYNTAX =
      new FirewallRuleSyntax("Protocol", "FromPort", "ToPort", List.of("Cidrs", "Ipv6Cidrs"));

  @Override
  public Set<String> types() {
    return Set.of("AWS::Lightsail::Instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Stack stack) {
    List<Value> ports = NestedProperty.of(instance, "Networking", "Ports").entry()
        .flatMap(entry -> entry.value().asList()).orElse(List.of());
    List<FirewallRule> rules = new ArrayList<>();
    for (int i = 0; i < ports.size(); i++) {
      int index = i;
      ports.get(i).asMap().ifPresent(port ->
          rules.add(SYNTAX.read(instance, "Networking.Ports[" + index + "]", port, Direction.INGRESS)));
    }
    return List.of(new SecurityGroup(instance, rules));
  }
}

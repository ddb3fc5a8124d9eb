package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.NetworkFirewall;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::NetworkFirewall::Firewall}: it logs when an {@code AWS::NetworkFirewall::LoggingConfiguration} whose
 * {@code FirewallArn} refers to it exists (every such configuration names at least one log destination); without one
 * it does not, unless a logging configuration of the template names a firewall that is not one of its resources.
 */
final class NetworkFirewallMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::NetworkFirewall::Firewall");
  }

  @Override
  public List<CloudModel> map(Resource firewall, Stack stack) {
    return List.of(new NetworkFirewall(firewall,
        Companions.presence(firewall, stack, "AWS::NetworkFirewall::LoggingConfiguration", "FirewallArn")));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.NetworkFirewall;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_networkfirewall_firewall}: it logs when an {@code aws_networkfirewall_logging_configuration} whose
 * {@code firewall_arn} refers to it exists (every such configuration names at least one log destination); without
 * one it does not, or it is unknown when a logging configuration of the unit refers to an unknown firewall. Its
 * configuration is a store ({@link AwsKeyedStoreMapping#firewallConfiguration}).
 */
final class NetworkFirewallMapping implements ModelMapping {
  private static final String FIREWALL = "aws_networkfirewall_firewall";
  private static final String LOGGING = "aws_networkfirewall_logging_configuration";

  @Override
  public Set<String> types() {
    return Set.of(FIREWALL);
  }

  @Override
  public List<CloudModel> map(Resource firewall, Module module) {
    return List.of(new NetworkFirewall(firewall,
        module.attachments(LOGGING, "firewall_arn", Set.of(FIREWALL), Optional.empty()).presence(firewall, LOGGING)),
        AwsKeyedStoreMapping.firewallConfiguration(firewall));
  }
}

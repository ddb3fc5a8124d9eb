package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.SecurityGroup;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_lightsail_instance_public_ports}: the firewall of a Lightsail instance, each {@code port_info} block an
 * ingress rule from its {@code cidrs} and {@code ipv6_cidrs}. A block that names no range is read as admitting no
 * address here, since what Lightsail then applies is not documented for the API.
 */
final class LightsailPortsMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_lightsail_instance_public_ports");
  }

  @Override
  public List<CloudModel> map(Resource ports, Module module) {
    return List.of(new SecurityGroup(ports, FirewallRules.inline(ports, "port_info", Direction.INGRESS,
        block -> true, List.of("cidrs", "ipv6_cidrs"))));
  }
}

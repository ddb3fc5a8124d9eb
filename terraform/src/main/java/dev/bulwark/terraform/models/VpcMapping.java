package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_vpc} and {@code aws_default_vpc}: flow logs are on when an {@code aws_flow_log} attaches to the VPC by
 * {@code vpc_id}; without one they are off, or unknown when a flow log of the unit names an unknown VPC.
 */
final class VpcMapping implements ModelMapping {
  private static final Set<String> VPC_TYPES = Set.of("aws_vpc", "aws_default_vpc");

  @Override
  public Set<String> types() {
    return VPC_TYPES;
  }

  @Override
  public List<CloudModel> map(Resource vpc, Module module) {
    Fact fact = module.attachments("aws_flow_log", "vpc_id", VPC_TYPES, Optional.empty())
        .presence(vpc, "aws_flow_log");
    return List.of(new VirtualNetwork(vpc, fact));
  }
}

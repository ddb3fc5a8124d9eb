package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.VirtualNetwork;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::VPC}: flow logs are on when an {@code AWS::EC2::FlowLog}'s {@code ResourceId} refers to it,
 * unknown when none does but a flow log of the template names a parameter or an import, which may be this VPC; a VPC
 * without one is reported at its logical ID, as the flow log is a resource of its own ({@link Companions}).
 */
final class VpcMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::VPC");
  }

  @Override
  public List<CloudModel> map(Resource vpc, Stack stack) {
    return List.of(new VirtualNetwork(vpc, Companions.presence(vpc, stack, "AWS::EC2::FlowLog", "ResourceId")));
  }
}

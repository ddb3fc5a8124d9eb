package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::VPC}: flow logs are on when an {@code AWS::EC2::FlowLog}'s {@code ResourceId} refers to it; a
 * VPC without one is reported at its logical ID, as the flow log is a resource of its own, not a property.
 */
final class VpcMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::VPC");
  }

  @Override
  public List<CloudModel> map(Resource vpc, ResourceGraph graph) {
    List<Resource> flowLogs = graph.referrers(vpc, "AWS::EC2::FlowLog", "ResourceId");
    Fact fact = flowLogs.isEmpty()
        ? Fact.byDefault(false, "AWS::EC2::FlowLog", vpc.declaration())
        : Fact.known(true, "AWS::EC2::FlowLog", flowLogs.get(0).range(), List.of());
    return List.of(new VirtualNetwork(vpc, fact));
  }
}

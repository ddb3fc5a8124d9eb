package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import java.util.List;
import java.util.Set;

/**
 * A call of {@code terraform-aws-modules/vpc/aws}: its VPC, unless {@code create_vpc} is false, with flow logs when
 * {@code enable_flow_log} is true (the module defaults it to false).
 */
final class VpcModuleMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("terraform-aws-modules/vpc/aws");
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    if (!ModuleArguments.creates(call, "create_vpc")) {
      return List.of();
    }
    return List.of(new VirtualNetwork(call, Fact.of(call.attributes(), "enable_flow_log", false, call.range())));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call of {@code terraform-aws-modules/vpc/aws}: its VPC, unless {@code create_vpc} is false, with flow logs when
 * {@code enable_flow_log} is true (the module defaults it to false) or when an {@code aws_flow_log} of the unit
 * attaches to the module's VPC by {@code vpc_id} (unknown when a flow log of the unit names an unknown VPC).
 */
final class VpcModuleMapping implements ModelMapping {
  private static final Set<String> ADDRESS = Set.of("terraform-aws-modules/vpc/aws");

  @Override
  public Set<String> types() {
    return ADDRESS;
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    if (!ModuleArguments.creates(call, "create_vpc")) {
      return List.of();
    }
    Fact enabled = Fact.of(call.attributes(), "enable_flow_log", false, call.range());
    if (!enabled.isTrue()) {
      Fact attached = module.attachments("aws_flow_log", "vpc_id", ADDRESS, Optional.empty())
          .presence(call, "aws_flow_log");
      enabled = attached.isTrue() || attached.isUnknown() && enabled.isFalse() ? attached : enabled;
    }
    return List.of(new VirtualNetwork(call, enabled));
  }
}

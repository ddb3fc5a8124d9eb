package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;

/**
 * A call of {@code terraform-aws-modules/vpc/aws}: its VPC, unless {@code create_vpc} is false, with flow logs when
 * {@code enable_flow_log} is true (the module defaults it to false).
 */
final class VpcModuleMapping extends RegistryModuleMapping {
  VpcModuleMapping() {
    super("terraform-aws-modules/vpc/aws", "create_vpc");
  }

  @Override
  CloudModel model(Resource call) {
    return new VirtualNetwork(call, Fact.of(call.attributes(), "enable_flow_log", false, call.range()));
  }
}

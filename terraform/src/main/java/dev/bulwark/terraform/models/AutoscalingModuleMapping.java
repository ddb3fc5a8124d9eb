package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call of {@code terraform-aws-modules/autoscaling/aws}: the EBS devices of the launch configuration (module
 * versions before 4: {@code root_block_device}, {@code ebs_block_device}, lists of objects) or launch template
 * (from version 4: {@code block_device_mappings} with an {@code ebs} object) it creates, read by {@link EbsDevices}
 * with the provider defaults, which the module passes through. None when {@code create}, {@code create_lc} or
 * {@code create_launch_template} is false.
 */
final class AutoscalingModuleMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("terraform-aws-modules/autoscaling/aws");
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    if (!ModuleArguments.creates(call, "create", "create_lc", "create_launch_template")) {
      return List.of();
    }
    boolean byDefault = EbsEncryption.byDefault(module);
    List<CloudModel> volumes = new ArrayList<>();
    volumes.addAll(EbsDevices.of(call, call.attributes(), "root_block_device", byDefault));
    volumes.addAll(EbsDevices.of(call, call.attributes(), "ebs_block_device", byDefault));
    volumes.addAll(EbsDevices.nested(call, call.attributes(), "block_device_mappings", byDefault));
    return volumes;
  }
}

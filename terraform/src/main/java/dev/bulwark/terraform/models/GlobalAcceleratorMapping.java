package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Accelerator;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_globalaccelerator_accelerator}: flow logs are on when its {@code attributes} block sets
 * {@code flow_logs_enabled} true (default false; no block, no flow logs).
 */
final class GlobalAcceleratorMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_globalaccelerator_accelerator");
  }

  @Override
  public List<CloudModel> map(Resource accelerator, Module module) {
    Fact flowLogs = NestedBlocks.flag(accelerator.attributes(), "attributes", "flow_logs_enabled", false,
        accelerator.range());
    return List.of(new Accelerator(accelerator, flowLogs));
  }
}

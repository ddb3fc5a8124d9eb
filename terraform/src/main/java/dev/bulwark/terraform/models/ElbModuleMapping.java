package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.value.MapEntry;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/elb/aws}: its classic load balancer, unless {@code create_elb} is false,
 * with access logs when the {@code access_logs} map is not empty and its {@code enabled} is not false (the module
 * defaults it to true); without the map there are none.
 */
final class ElbModuleMapping extends RegistryModuleMapping {
  ElbModuleMapping() {
    super("terraform-aws-modules/elb/aws", "create_elb");
  }

  @Override
  CloudModel model(Resource call) {
    Optional<MapEntry> argument = ModuleArguments.argument(call, "access_logs");
    Fact configured = ModuleArguments.configured(call, "access_logs");
    Fact accessLogs = configured.isTrue()
        ? argument.flatMap(entry -> entry.value().asMap())
            .map(map -> Fact.of(map, "enabled", true, argument.get().range()))
            .orElse(configured)
        : configured;
    return new LoadBalancer(call, accessLogs);
  }
}

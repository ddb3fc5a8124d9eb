package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.AirflowEnvironment;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_mwaa_environment}: each log type under {@code logging_configuration} ({@code webserver_logs},
 * {@code scheduler_logs}, {@code worker_logs}) is sent to CloudWatch Logs when its block has {@code enabled = true};
 * without the block it is off, as the provider documents. A block without {@code enabled} leaves it to the service
 * and is unknown.
 */
final class AirflowEnvironmentMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_mwaa_environment");
  }

  @Override
  public List<CloudModel> map(Resource environment, Module module) {
    List<Fact> logs = AirflowEnvironment.LOG_TYPES.stream()
        .map(type -> NestedBlocks.path(environment.attributes(), environment.range(), false,
            (settings, at) -> settings.entry("enabled")
                .map(enabled -> Fact.of(enabled.value(), type + ".enabled", enabled.range()))
                .orElseGet(() -> Fact.unknown(type, at, List.of())),
            "logging_configuration", type))
        .toList();
    return List.of(new AirflowEnvironment(environment, logs));
  }
}

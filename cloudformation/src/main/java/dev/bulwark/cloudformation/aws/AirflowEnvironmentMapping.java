package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.AirflowEnvironment;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::MWAA::Environment}: each log type under {@code LoggingConfiguration} ({@code WebserverLogs},
 * {@code SchedulerLogs}, {@code WorkerLogs}) is sent to CloudWatch Logs when its {@code Enabled} is true; false when
 * missing, located at the deepest key that exists.
 */
final class AirflowEnvironmentMapping implements ModelMapping {
  private static final List<String> LOG_TYPES = List.of("WebserverLogs", "SchedulerLogs", "WorkerLogs");

  @Override
  public Set<String> types() {
    return Set.of("AWS::MWAA::Environment");
  }

  @Override
  public List<CloudModel> map(Resource environment, Stack stack) {
    List<Fact> logs = LOG_TYPES.stream()
        .map(type -> NestedProperty.of(environment, "LoggingConfiguration", type, "Enabled")
            .read(type + ".Enabled", Value::asBoolean, false))
        .toList();
    return List.of(new AirflowEnvironment(environment, logs));
  }
}

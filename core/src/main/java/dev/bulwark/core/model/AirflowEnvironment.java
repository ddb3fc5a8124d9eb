package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A managed Apache Airflow environment (Amazon MWAA).
 *
 * @param logs whether each of its web server, scheduler and worker logs is sent to CloudWatch Logs, in that order
 */
public record AirflowEnvironment(Resource resource, List<Fact> logs) implements CloudModel {
  /** The log types whose delivery is checked, as Terraform names their blocks. */
  public static final List<String> LOG_TYPES = List.of("webserver_logs", "scheduler_logs", "worker_logs");

  public AirflowEnvironment {
    Objects.requireNonNull(resource, "resource");
    logs = List.copyOf(logs);
    if (logs.size() != LOG_TYPES.size()) {
      throw new IllegalArgumentException("one fact per log type: " + LOG_TYPES);
    }
  }

  /** Whether all of them are sent: the first log that is not, else the first undecided one. */
  public Fact logging() {
    return Fact.all(logs);
  }
}

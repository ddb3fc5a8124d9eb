package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow state machine (AWS Step Functions).
 *
 * @param logging whether its executions' events are logged to CloudWatch Logs
 */
public record StateMachine(Resource resource, Fact logging) implements CloudModel {
  public StateMachine {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
  }

  /**
   * Whether a logging level writes execution events: {@code ALL}, {@code ERROR} and {@code FATAL} do, {@code OFF}
   * does not; any other text is not a level Step Functions knows, so nothing is decided.
   */
  public static Optional<Boolean> logs(String level) {
    return LogLevels.writes(level, Set.of("ALL", "ERROR", "FATAL"), Set.of("OFF"));
  }
}

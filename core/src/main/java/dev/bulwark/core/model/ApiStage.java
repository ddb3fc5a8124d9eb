package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A deployed API stage (API Gateway REST or HTTP/WebSocket API stage, or the stage a REST API deployment creates).
 *
 * @param resource         the stage, or the deployment that creates it
 * @param accessLogs       whether access logs are delivered
 * @param executionLogging whether execution logs are written to CloudWatch Logs (true where the API type has none:
 *                         HTTP APIs)
 * @param byDeployment     whether {@code resource} is the deployment that creates the stage, not the stage
 */
public record ApiStage(Resource resource, Fact accessLogs, Fact executionLogging, boolean byDeployment)
    implements CloudModel {

  public ApiStage {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
    Objects.requireNonNull(executionLogging, "executionLogging");
  }

  /** A stage declared as a resource of its own. */
  public ApiStage(Resource resource, Fact accessLogs, Fact executionLogging) {
    this(resource, accessLogs, executionLogging, false);
  }

  /**
   * The execution logging of an API Gateway v2 stage whose API speaks {@code protocol} ({@code HTTP} or
   * {@code WEBSOCKET}; empty when the API is not in the unit) and whose default route sets {@code level}. HTTP APIs
   * write no execution logs to turn on: true, at the stage's {@code header}, named {@code protocolAttribute}. When the
   * protocol is not known, a level missing from the stage decides nothing.
   */
  public static Fact v2ExecutionLogging(Optional<String> protocol, Fact level, String protocolAttribute,
      Range header) {
    if (protocol.filter("HTTP"::equals).isPresent()) {
      return Fact.known(true, protocolAttribute, header, List.of());
    }
    return level.byDefault() && protocol.isEmpty()
        ? Fact.unknown(level.attribute(), level.range(), List.of())
        : level;
  }

  /**
   * Whether an execution logging level writes logs: {@code ERROR} and {@code INFO} do, {@code OFF} and an empty
   * level do not; any other text is not a level API Gateway knows, so nothing is decided.
   */
  public static Optional<Boolean> logs(String level) {
    return LogLevels.writes(level, Set.of("ERROR", "INFO"), Set.of("OFF", ""));
  }
}

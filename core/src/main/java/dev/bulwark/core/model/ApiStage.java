package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A deployed API stage (API Gateway REST or HTTP/WebSocket API stage, or the stage a REST API deployment creates).
 *
 * @param resource         the stage, or the deployment that creates it
 * @param accessLogs       whether access logs are delivered
 * @param executionLogging whether execution logs are written to CloudWatch Logs (true where the API type has none:
 *                         HTTP APIs)
 */
public record ApiStage(Resource resource, Fact accessLogs, Fact executionLogging)
    implements CloudModel {

  public ApiStage {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
    Objects.requireNonNull(executionLogging, "executionLogging");
  }

  /**
   * Whether an execution logging level writes logs: {@code ERROR} and {@code INFO} do, {@code OFF} and an empty
   * level do not; any other text is not a level API Gateway knows, so nothing is decided.
   */
  public static Optional<Boolean> logs(String level) {
    return switch (level.strip().toUpperCase(Locale.ROOT)) {
      case "ERROR", "INFO" -> Optional.of(true);
      case "OFF", "" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}

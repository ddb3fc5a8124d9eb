package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A managed GraphQL API (AWS AppSync).
 *
 * @param resolverLogging whether its field resolvers' errors (or more) are logged to CloudWatch Logs
 */
public record GraphqlApi(Resource resource, Fact resolverLogging) implements CloudModel {
  public GraphqlApi {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(resolverLogging, "resolverLogging");
  }

  /**
   * Whether a field log level logs resolver errors: {@code ERROR}, {@code INFO}, {@code DEBUG} and {@code ALL} do,
   * {@code NONE} does not; any other text is not a level AppSync knows, so nothing is decided.
   */
  public static Optional<Boolean> logs(String level) {
    return LogLevels.writes(level, Set.of("ERROR", "INFO", "DEBUG", "ALL"), Set.of("NONE"));
  }
}

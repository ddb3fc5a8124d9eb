package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A deployed API stage (API Gateway REST or HTTP API stage).
 *
 * @param accessLogs       whether access logs are delivered
 * @param executionLogging whether execution logging is on
 */
public record ApiStage(Resource resource, Fact accessLogs, Fact executionLogging)
    implements CloudModel {

  public ApiStage {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
    Objects.requireNonNull(executionLogging, "executionLogging");
  }
}

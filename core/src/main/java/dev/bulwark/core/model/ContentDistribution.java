package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A content delivery distribution (CloudFront).
 *
 * @param accessLogs whether access logs are delivered
 */
public record ContentDistribution(Resource resource, Fact accessLogs)
    implements CloudModel {

  public ContentDistribution {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
  }
}

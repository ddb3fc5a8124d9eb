package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A load balancer (ELB, ALB, NLB).
 *
 * @param accessLogs whether access logs are delivered
 */
public record LoadBalancer(Resource resource, Fact accessLogs)
    implements CloudModel {

  public LoadBalancer {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A public DNS zone (a Route 53 hosted zone, a Cloud DNS managed zone).
 *
 * @param queryLogging whether the DNS queries it answers are logged
 */
public record DnsZone(Resource resource, Fact queryLogging) implements CloudModel {
  public DnsZone {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(queryLogging, "queryLogging");
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A DNS server policy bound to private networks (a Cloud DNS policy): it decides, among other things, whether the
 * queries those networks' name resolution answers are logged.
 *
 * @param queryLogging whether the queries of the networks it is bound to are logged
 */
public record DnsPolicy(Resource resource, Fact queryLogging) implements CloudModel {
  public DnsPolicy {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(queryLogging, "queryLogging");
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * An in-memory cache (ElastiCache Redis/Memcached cluster or replication group).
 *
 * @param encryptedAtRest    whether its data is encrypted at rest
 * @param encryptedInTransit whether clients talk to it over TLS
 * @param securityGroups     the security groups it is placed in (through graph references)
 * @param port               the port clients connect to (the engine's default when not set)
 */
public record CacheCluster(
    Resource resource, Fact encryptedAtRest, Fact encryptedInTransit, List<Resource> securityGroups,
    Located<Integer> port)
    implements CloudModel, EncryptedAtRest, EncryptedInTransit {

  public CacheCluster {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
    securityGroups = List.copyOf(securityGroups);
    Objects.requireNonNull(port, "port");
  }

  /** A cache whose port is not known. */
  public CacheCluster(Resource resource, Fact encryptedAtRest, Fact encryptedInTransit, List<Resource> securityGroups) {
    this(resource, encryptedAtRest, encryptedInTransit, securityGroups,
        Located.unknown("port", resource.range(), List.of()));
  }
}

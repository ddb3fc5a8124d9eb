package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::ElastiCache::ReplicationGroup} and {@code AWS::ElastiCache::CacheCluster}, with the security groups
 * they refer to. A replication group's {@code AtRestEncryptionEnabled} and {@code TransitEncryptionEnabled} default
 * to false; a {@code TransitEncryptionMode} of {@code preferred} still admits plain text; its data is encrypted with
 * the AWS managed key unless {@code KmsKeyId} names one. Only a replication group can encrypt at rest, and only a
 * replication group or a Memcached cluster in transit: a Redis or Valkey {@code CacheCluster} encrypts neither
 * ({@link CacheCluster#standalone}, as a Terraform {@code aws_elasticache_cluster} does not; a
 * {@code TransitEncryptionEnabled} it gives is read); a Memcached one cannot encrypt at rest at all (unknown: nothing
 * to set). Clients connect on {@code Port}, by default 11211 for
 * Memcached and 6379 for Redis and Valkey (a replication group's default engine is Redis).
 */
final class CacheClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster");
  }

  @Override
  public List<CloudModel> map(Resource cache, Stack stack) {
    MapValue properties = cache.attributes();
    Optional<String> engine = properties.get("Engine").flatMap(Value::asString);
    List<Resource> securityGroups = SecurityGroupMapping.referredBy(cache, stack.graph());
    Fact transit = CacheCluster.tlsOnly(Fact.of(properties, "TransitEncryptionEnabled", false, cache.range()),
        properties.entry("TransitEncryptionMode"));
    if (cache.type().equals("AWS::ElastiCache::ReplicationGroup")) {
      return List.of(new CacheCluster(cache, Fact.of(properties, "AtRestEncryptionEnabled", false, cache.range()),
          transit, securityGroups, port(cache), KmsKeys.customerManaged(properties, "KmsKeyId", cache.range())));
    }
    if (engine.isPresent() && !engine.get().equals("memcached")) {
      Fact standalone = CacheCluster.standalone(properties.entry("Engine"), cache.range());
      return List.of(new CacheCluster(cache, standalone,
          properties.entry("TransitEncryptionEnabled").isPresent() ? transit : standalone, securityGroups,
          port(cache)));
    }
    return List.of(new CacheCluster(cache, Fact.unknown("AtRestEncryptionEnabled", cache.range(), List.of()),
        transit, securityGroups, port(cache)));
  }

  private static Located<Integer> port(Resource cache) {
    Optional<MapEntry> port = cache.attributes().entry("Port");
    if (port.isPresent()) {
      return CacheCluster.port(port.get());
    }
    Optional<Value> engine = cache.attributes().get("Engine");
    if (engine.isPresent() && !engine.get().isKnown()) {
      return Located.unknown("Port", cache.range(), List.of());
    }
    boolean memcached = engine.flatMap(Value::asString).filter("memcached"::equals).isPresent();
    return Located.byDefault(memcached ? 11211 : 6379, "Port", cache.range());
  }
}

package dev.bulwark.terraform.models;

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
 * {@code aws_elasticache_replication_group} and {@code aws_elasticache_cluster}, with the security groups their
 * {@code security_group_ids} refer to. A replication group's {@code at_rest_encryption_enabled} and
 * {@code transit_encryption_enabled} default to false; a {@code transit_encryption_mode} of {@code preferred} still
 * admits plain text; its data is encrypted with the AWS managed key unless {@code kms_key_id} names one. A cluster
 * that joins a replication group ({@code replication_group_id}) takes both from the group (unknown here). A cluster of its own has no at-rest setting: a Redis or Valkey one can encrypt neither at
 * rest nor in transit ({@link CacheCluster#standalone}; a {@code transit_encryption_enabled} it gives is read),
 * and a Memcached one cannot encrypt at rest at all (unknown: nothing to set) and uses TLS with
 * {@code transit_encryption_enabled}. Clients connect on {@code port}, by default 11211 for Memcached and 6379 for
 * Redis and Valkey (a replication group's default engine is Redis).
 */
final class CacheClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_elasticache_replication_group", "aws_elasticache_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cache, Module module) {
    MapValue attributes = cache.attributes();
    List<Resource> securityGroups = module.referredTo(cache, "security_group_ids");
    if (cache.type().equals("aws_elasticache_cluster") && attributes.entry("replication_group_id").isPresent()) {
      return List.of(new CacheCluster(cache, Fact.unknown("at_rest_encryption_enabled", cache.range(), List.of()),
          Fact.unknown("transit_encryption_enabled", cache.range(), List.of()), securityGroups,
          Located.unknown("port", cache.range(), List.of())));
    }
    Optional<String> engine = attributes.get("engine").flatMap(Value::asString);
    boolean memcached = engine.filter("memcached"::equals).isPresent();
    Fact transit = Fact.of(attributes, "transit_encryption_enabled", false, cache.range());
    if (cache.type().equals("aws_elasticache_replication_group")) {
      return List.of(new CacheCluster(cache, Fact.of(attributes, "at_rest_encryption_enabled", false, cache.range()),
          CacheCluster.tlsOnly(transit, attributes.entry("transit_encryption_mode")), securityGroups,
          port(cache, memcached), KmsKeys.customerManaged(attributes, "kms_key_id", cache.range())));
    }
    if (engine.isPresent() && !memcached) {
      Fact standalone = CacheCluster.standalone(attributes.entry("engine"), cache.range());
      return List.of(new CacheCluster(cache, standalone,
          attributes.entry("transit_encryption_enabled").isPresent() ? transit : standalone, securityGroups,
          port(cache, false)));
    }
    return List.of(new CacheCluster(cache, Fact.unknown("at_rest_encryption_enabled", cache.range(), List.of()),
        transit, securityGroups, port(cache, memcached)));
  }

  private static Located<Integer> port(Resource cache, boolean memcached) {
    Optional<MapEntry> port = cache.attribute("port");
    if (port.isPresent()) {
      return CacheCluster.port(port.get());
    }
    Optional<Value> engine = cache.attributes().get("engine");
    if (engine.isPresent() && !engine.get().isKnown()) {
      return Located.unknown("port", cache.range(), List.of());
    }
    return Located.byDefault(memcached ? 11211 : 6379, "port", cache.range());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_elasticache_replication_group} and {@code aws_elasticache_cluster}, with the security groups their
 * {@code security_group_ids} refer to. {@code at_rest_encryption_enabled} and {@code transit_encryption_enabled}
 * default to false. A cluster that joins a replication group ({@code replication_group_id}) takes both from the
 * group (unknown here); a Memcached cluster cannot encrypt at rest, so there it is unknown (nothing to set).
 */
final class CacheClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_elasticache_replication_group", "aws_elasticache_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cache, Module module) {
    MapValue attributes = cache.attributes();
    List<Resource> securityGroups = module.referencesFrom(cache).stream()
        .filter(reference -> reference.attribute().equals("security_group_ids"))
        .flatMap(reference -> module.resource(reference.to()).stream())
        .distinct().toList();
    if (cache.type().equals("aws_elasticache_cluster") && attributes.entry("replication_group_id").isPresent()) {
      return List.of(new CacheCluster(cache, Fact.unknown("at_rest_encryption_enabled", cache.range(), List.of()),
          Fact.unknown("transit_encryption_enabled", cache.range(), List.of()), securityGroups));
    }
    boolean memcached = attributes.get("engine").flatMap(Value::asString).filter("memcached"::equals).isPresent();
    return List.of(new CacheCluster(cache, memcached
        ? Fact.unknown("at_rest_encryption_enabled", cache.range(), List.of())
        : Fact.of(attributes, "at_rest_encryption_enabled", false, cache.range()),
        Fact.of(attributes, "transit_encryption_enabled", false, cache.range()), securityGroups));
  }
}

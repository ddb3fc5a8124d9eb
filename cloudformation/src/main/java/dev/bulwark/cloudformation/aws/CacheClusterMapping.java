package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ElastiCache::ReplicationGroup} and {@code AWS::ElastiCache::CacheCluster}, with the security groups
 * they refer to. {@code AtRestEncryptionEnabled} and {@code TransitEncryptionEnabled} default to false; a
 * {@code CacheCluster} has no at-rest setting (it is unknown there).
 */
final class CacheClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster");
  }

  @Override
  public CloudModel map(Resource cache, ResourceGraph graph) {
    MapValue properties = cache.attributes();
    Fact atRest = cache.type().equals("AWS::ElastiCache::ReplicationGroup")
        ? Fact.of(properties, "AtRestEncryptionEnabled", false, cache.range())
        : Fact.unknown("AtRestEncryptionEnabled", cache.range(), List.of());
    List<Resource> securityGroups = graph.targets(cache).stream()
        .filter(target -> target.type().equals("AWS::EC2::SecurityGroup")).toList();
    return new CacheCluster(cache, atRest,
        Fact.of(properties, "TransitEncryptionEnabled", false, cache.range()), securityGroups);
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ElastiCache::ServerlessCache} ({@link CacheCluster#serverless}): its {@code Engine}, the security groups
 * of {@code SecurityGroupIds}, and a key of the customer's when {@code KmsKeyId} names one.
 */
final class ServerlessCacheMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::ElastiCache::ServerlessCache");
  }

  @Override
  public List<CloudModel> map(Resource cache, Stack stack) {
    return CacheCluster.serverless(cache, cache.attributes().entry("Engine"),
        SecurityGroupMapping.referredBy(cache, stack.graph()),
        KmsKeys.customerManaged(cache.attributes(), "KmsKeyId", cache.range()));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_elasticache_serverless_cache} ({@link CacheCluster#serverless}): its {@code engine}, the security groups
 * its {@code security_group_ids} refer to, and a key of the customer's when {@code kms_key_id} names one.
 */
final class ServerlessCacheMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_elasticache_serverless_cache");
  }

  @Override
  public List<CloudModel> map(Resource cache, Module module) {
    return CacheCluster.serverless(cache, cache.attribute("engine"), module.referredTo(cache, "security_group_ids"),
        KmsKeys.customerManaged(cache.attributes(), "kms_key_id", cache.range()));
  }
}

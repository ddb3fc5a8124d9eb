package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_rediscache}: clients talk TLS unless {@code enable_non_ssl_port} (false by
 * default) opens the plain-text port 6379. Its encryption at rest is not a setting, and it has no security groups.
 */
final class AzureRedisMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_rediscache");
  }

  @Override
  public List<CloudModel> map(Resource cache, UnitResources unit) {
    return List.of(new CacheCluster(cache, Fact.unknown("encryption", cache.range(), List.of()),
        Args.flag(cache.attributes(), "enable_non_ssl_port", false, cache.range()).negated(), List.of()));
  }
}

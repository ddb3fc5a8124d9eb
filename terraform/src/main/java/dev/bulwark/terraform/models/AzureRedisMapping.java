package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_redis_cache}: clients talk TLS unless the plain-text port 6379 is opened, by
 * {@code non_ssl_port_enabled} (provider v4) or {@code enable_non_ssl_port} (before it), false by default. Its
 * encryption at rest is not a setting, and it has no security groups.
 */
final class AzureRedisMapping implements ModelMapping {
  private static final List<String> NON_SSL_PORT = List.of("non_ssl_port_enabled", "enable_non_ssl_port");

  @Override
  public Set<String> types() {
    return Set.of("azurerm_redis_cache");
  }

  @Override
  public List<CloudModel> map(Resource cache, Module module) {
    String key = NON_SSL_PORT.stream().filter(name -> cache.attribute(name).isPresent()).findFirst()
        .orElse(NON_SSL_PORT.get(0));
    Fact encryptedInTransit = Fact.of(cache.attributes(), key, false, cache.range()).negated();
    return List.of(new CacheCluster(cache, Fact.unknown("encryption", cache.range(), List.of()), encryptedInTransit,
        List.of()));
  }
}

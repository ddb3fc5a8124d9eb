package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_redis_cache}: clients talk TLS unless the plain-text port 6379 is opened, by
 * {@code non_ssl_port_enabled} (provider v4) or {@code enable_non_ssl_port} (before it), false by default. Its
 * encryption at rest is not a setting, and it has no security groups. An {@code azurerm_redis_firewall_rule} admits
 * {@code start_ip}..{@code end_ip} to its cache, read as a database's firewall rule.
 */
final class AzureRedisMapping implements ModelMapping {
  private static final List<String> NON_SSL_PORT = List.of("non_ssl_port_enabled", "enable_non_ssl_port");
  private static final String FIREWALL_RULE = "azurerm_redis_firewall_rule";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_redis_cache", FIREWALL_RULE);
  }

  @Override
  public List<CloudModel> map(Resource cache, Module module) {
    if (cache.type().equals(FIREWALL_RULE)) {
      return List.of(new DatabaseInstance(cache,
          Fact.unknown("public_network_access_enabled", cache.range(), List.of()),
          Fact.unknown("encryption", cache.range(), List.of()),
          List.of(AzureDatabaseServerMapping.addressRange(cache, "start_ip", "end_ip")),
          Fact.unknown("logging", cache.range(), List.of())));
    }
    String key = NON_SSL_PORT.stream().filter(name -> cache.attribute(name).isPresent()).findFirst()
        .orElse(NON_SSL_PORT.get(0));
    Fact encryptedInTransit = Fact.of(cache.attributes(), key, false, cache.range()).negated();
    return List.of(new CacheCluster(cache, Fact.unknown("encryption", cache.range(), List.of()), encryptedInTransit,
        List.of()));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.TlsFloor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Azure Cache for Redis ({@code azurerm_redis_cache}). Clients talk TLS unless the plain-text port 6379 is opened, by
 * {@code non_ssl_port_enabled} (provider v4) or {@code enable_non_ssl_port} (before it), false by default. The cache
 * is reachable from all networks while {@code public_network_access_enabled} is true (the default) and no
 * {@code azurerm_redis_firewall_rule} of the unit, naming it by {@code redis_cache_name}, limits who may connect;
 * with rules, it admits their {@code start_ip}..{@code end_ip} ranges. A rule whose cache is not in the unit stands
 * for that cache, as a database's firewall rule does. Its encryption at rest is not a setting, and it has no
 * security groups. The oldest TLS version it accepts is its {@code minimum_tls_version}; without one it is 1.2,
 * whatever the provider release's default says: Azure Cache for Redis has refused TLS 1.0 and 1.1 on every cache
 * since 1 November 2024.
 */
final class AzureRedisMapping implements ModelMapping {
  private static final List<String> NON_SSL_PORT = List.of("non_ssl_port_enabled", "enable_non_ssl_port");
  private static final String CACHE = "azurerm_redis_cache";
  private static final String KIND = "cache";
  private static final String FIREWALL_RULE = "azurerm_redis_firewall_rule";

  @Override
  public Set<String> types() {
    return Set.of(CACHE, FIREWALL_RULE);
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    Attachments rules = module.attachments(FIREWALL_RULE, "redis_cache_name", Set.of(CACHE), Optional.of("name"));
    if (resource.type().equals(FIREWALL_RULE)) {
      return rules.isAttached(resource) ? List.of() : List.of(new DatabaseInstance(resource,
          Fact.unknown("public_network_access_enabled", resource.range(), List.of()),
          Fact.unknown("encryption", resource.range(), List.of()), List.of(addresses(resource)),
          Fact.unknown("logging", resource.range(), List.of())).named(KIND));
    }
    String key = NON_SSL_PORT.stream().filter(name -> resource.attribute(name).isPresent()).findFirst()
        .orElse(NON_SSL_PORT.get(0));
    Fact encryptedInTransit = Fact.of(resource.attributes(), key, false, resource.range()).negated();
    List<Resource> attached = rules.to(resource);
    Fact publicAccess = Fact.of(resource.attributes(), "public_network_access_enabled", true, resource.range());
    if (publicAccess.isTrue() && (!attached.isEmpty() || rules.ambiguous())) {
      publicAccess = attached.isEmpty() ? Fact.unknown(FIREWALL_RULE, resource.range(), List.of())
          : Fact.known(false, FIREWALL_RULE, attached.get(0).range(), List.of());
    }
    Fact unknownAtRest = Fact.unknown("encryption", resource.range(), List.of());
    return List.of(new CacheCluster(resource, unknownAtRest, encryptedInTransit, List.of()),
        new DatabaseInstance(resource, publicAccess, unknownAtRest,
            attached.stream().map(AzureRedisMapping::addresses).toList(),
            Fact.unknown("logging", resource.range(), List.of())).named(KIND),
        TlsFloor.of(resource, "minimum_tls_version", "1.2"));
  }

  private static Located<String> addresses(Resource rule) {
    return AzureDatabaseServerMapping.addressRange(rule, "start_ip", "end_ip");
  }
}

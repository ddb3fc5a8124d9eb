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
 * security groups. The oldest TLS version it accepts is its {@code minimum_tls_version}; without one it is the
 * provider release's default ({@code 1.0} before provider v4, {@code 1.2} since).
 */
final class AzureRedisMapping implements ModelMapping {
  private static final List<String> NON_SSL_PORT = List.of("non_ssl_port_enabled", "enable_non_ssl_port");
  private static final String CACHE = "azurerm_redis_cache";
  private static final String FIREWALL_RULE = "azurerm_redis_firewall_rule";
  private static final String MINIMUM_TLS = "minimum_tls_version";

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
          Fact.unknown("logging", resource.range(), List.of())));
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
            Fact.unknown("logging", resource.range(), List.of())),
        new TlsFloor(resource, resource.attribute(MINIMUM_TLS).map(Located::text)
            .orElseGet(() -> defaultTls(resource, module))));
  }

  /**
   * The oldest TLS version a cache without {@code minimum_tls_version} accepts: {@code 1.0} where the configuration
   * holds the azurerm provider to releases before 4.0 (with the pin as a related location), {@code 1.2} otherwise.
   */
  private static Located<String> defaultTls(Resource cache, Module module) {
    return module.versions().before("azurerm", 4, "`" + MINIMUM_TLS + "` defaults to 1.0")
        .map(pin -> new Located<>(Optional.of("1.0"), MINIMUM_TLS, cache.range(), true, List.of(pin), "", List.of()))
        .orElseGet(() -> Located.byDefault("1.2", MINIMUM_TLS, cache.range()));
  }

  private static Located<String> addresses(Resource rule) {
    return AzureDatabaseServerMapping.addressRange(rule, "start_ip", "end_ip");
  }
}

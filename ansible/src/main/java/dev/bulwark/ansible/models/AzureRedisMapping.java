package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.value.MapEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_rediscache}, unless {@code state: absent} or the task reboots the cache or
 * regenerates its keys: clients talk TLS unless
 * {@code enable_non_ssl_port} (false by default) opens the plain-text port 6379. The cache is reachable from all
 * networks while its {@code public_network_access} is {@code Enabled} (Azure's default, as the module sends nothing
 * without it), it is not placed in a {@code subnet}, and no {@code azure_rm_rediscachefirewallrule} task of the unit
 * names it by {@code cache_name} (linked by {@link NameLink}; the rules are assessed on their own,
 * {@link AzureFirewallRuleMapping}). When a rule's cache name, or the cache's, is not known, that is unknown. Its
 * encryption at rest is not a setting, and it has no security groups. The oldest TLS version it accepts is the
 * {@code minimum_tls_version} a task gives; without one the task leaves it as it is (and Azure has refused TLS 1.0 and
 * 1.1 on every cache since November 2024).
 */
final class AzureRedisMapping implements ModuleMapping {
  /** The firewall rule task whose {@code cache_name} is a cache's {@code name} limits who may connect to it. */
  static final NameLink RULE_LINK = new NameLink("azure.azcollection.azure_rm_rediscachefirewallrule", "cache_name",
      "azure.azcollection.azure_rm_rediscache", "name");
  private static final String PUBLIC_ACCESS = "public_network_access";
  private static final String RULES = "azure_rm_rediscachefirewallrule";
  /** Options that act on an existing cache (reboot it, regenerate its keys) rather than declare it. */
  private static final List<String> OPERATIONS = List.of("reboot", "regenerate_key");

  @Override
  public Set<String> modules() {
    return Set.of(RULE_LINK.toModule());
  }

  @Override
  public List<CloudModel> map(Resource cache, UnitResources unit) {
    boolean operation = OPERATIONS.stream().anyMatch(name -> Args.entry(cache.attributes(), name).isPresent());
    if (Args.absent(cache) || operation) {
      return List.of();
    }
    Fact unknownAtRest = Fact.unknown("encryption", cache.range(), List.of());
    List<CloudModel> models = new ArrayList<>(List.of(new CacheCluster(cache, unknownAtRest,
            Args.flag(cache.attributes(), "enable_non_ssl_port", false, cache.range()).negated(), List.of()),
        new DatabaseInstance(cache, publicAccess(cache, unit), unknownAtRest).named("cache")));
    TlsFloor.written(cache, Args.entry(cache.attributes(), "minimum_tls_version")).ifPresent(models::add);
    return models;
  }

  private static Fact publicAccess(Resource cache, UnitResources unit) {
    Optional<MapEntry> subnet = Args.entry(cache.attributes(), "subnet");
    if (subnet.isPresent() && Args.entry(cache.attributes(), PUBLIC_ACCESS).isEmpty()) {
      return Fact.known(false, "subnet", subnet.get().range(), List.of());
    }
    Fact publicAccess = Args.enabled(cache.attributes(), PUBLIC_ACCESS, PUBLIC_ACCESS, cache.range());
    if (!publicAccess.isTrue()) {
      return publicAccess;
    }
    NameLink.Linked rules = RULE_LINK.to(cache, unit);
    if (!rules.tasks().isEmpty()) {
      return Fact.known(false, RULES, rules.tasks().get(0).range(), List.of());
    }
    return rules.ambiguous() ? Fact.unknown(RULES, cache.range(), List.of()) : publicAccess;
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code community.aws.elasticache} with {@code state: present}: a cache cluster outside any replication group,
 * created with {@code CreateCacheCluster} and without the module passing any encryption setting (it has none). So
 * it encrypts nothing in transit whatever its engine, and a Redis or Valkey one nothing at rest
 * ({@link CacheCluster#standalone}); a Memcached one (the default engine) cannot encrypt at rest at all (unknown:
 * nothing to set). Its security groups are the {@code amazon.aws.ec2_security_group} tasks whose registered results
 * {@code security_group_ids} uses; clients connect on {@code cache_port}, by default 11211 for Memcached and 6379
 * for Redis and Valkey.
 */
final class ElastiCacheMapping implements ModuleMapping {
  private static final String ENGINE = "engine";

  @Override
  public Set<String> modules() {
    return Set.of("community.aws.elasticache");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task) || Args.is(task, "state", "rebooted")) {
      return List.of();
    }
    Optional<MapEntry> engineEntry = Args.entry(task.attributes(), ENGINE);
    Optional<String> engine = engineEntry.isPresent()
        ? engineEntry.get().value().asString() : Optional.of("memcached");
    boolean memcached = engine.filter("memcached"::equals).isPresent();
    Fact standalone = CacheCluster.standalone(engineEntry, task.range());
    Fact atRest = engine.isPresent() && !memcached
        ? standalone : Fact.unknown("at_rest_encryption", task.range(), List.of());
    List<Resource> securityGroups = unit.graph().referencesFrom(task).stream()
        .filter(reference -> reference.attribute().equals("security_group_ids"))
        .flatMap(reference -> unit.graph().resource(reference.to()).stream())
        .filter(resource -> resource.type().equals("amazon.aws.ec2_security_group"))
        .distinct().toList();
    return List.of(new CacheCluster(task, atRest, standalone, securityGroups, port(task, engine)));
  }

  private static Located<Integer> port(Resource task, Optional<String> engine) {
    return Args.entry(task.attributes(), "cache_port").map(CacheCluster::port).orElseGet(() -> engine
        .map(name -> Located.byDefault(name.equals("memcached") ? 11211 : 6379, "cache_port", task.range()))
        .orElseGet(() -> Located.unknown("cache_port", task.range(), List.of())));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_container_cluster}: logging is off when {@code logging_service} is {@code none}, or when a
 * {@code logging_config} block enables no component ({@code enable_components = []}). GKE writes to Cloud Logging
 * by default.
 */
final class GcpContainerClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_container_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    Optional<MapEntry> service = cluster.attribute("logging_service")
        .filter(entry -> !(entry.value() instanceof NullValue));
    Fact logging = service.map(GcpContainerClusterMapping::loggingService)
        .or(() -> components(cluster))
        .orElseGet(() -> Fact.byDefault(true, "logging_service", cluster.range()));
    return List.of(new KubernetesCluster(cluster, logging));
  }

  /** Whether a {@code logging_service} writes to Cloud Logging: any service but {@code none}. */
  static Fact loggingService(MapEntry service) {
    return Fact.of(service.value(), service.key(), service.range(),
        value -> value.asString().map(name -> !name.equals("none")));
  }

  private static Optional<Fact> components(Resource cluster) {
    return NestedBlocks.of(cluster.attributes(), "logging_config").known().stream().findFirst()
        .flatMap(config -> config.entry("enable_components"))
        .map(entry -> Fact.of(entry.value(), "enable_components", entry.range(),
            value -> value.asList().map(items -> !items.isEmpty())));
  }
}

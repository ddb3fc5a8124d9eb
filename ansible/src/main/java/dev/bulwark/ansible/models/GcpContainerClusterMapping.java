package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import java.util.List;
import java.util.Set;

/**
 * {@code google.cloud.gcp_container_cluster}: logging is off when {@code logging_service} is {@code none}; GKE
 * writes to Cloud Logging when it is missing or empty.
 */
final class GcpContainerClusterMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_container_cluster");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    Fact logging = Args.entry(task.attributes(), "logging_service")
        .map(entry -> Fact.of(entry.value(), "logging_service", entry.range(),
            value -> value.asString().map(service -> !service.strip().equals("none"))))
        .orElseGet(() -> Fact.byDefault(true, "logging_service", task.range()));
    return List.of(new KubernetesCluster(task, logging));
  }
}

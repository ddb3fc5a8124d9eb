package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::EKS::Cluster}: control plane logging is on when {@code Logging.ClusterLogging.EnabledTypes} has
 * {@code Type: api} and {@code Type: audit}; EKS enables no log type by default.
 */
final class EksClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EKS::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, ResourceGraph graph) {
    NestedProperty types = NestedProperty.of(cluster, "Logging", "ClusterLogging", "EnabledTypes");
    Fact logging = types.entry()
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> types.absent(false));
    return List.of(new KubernetesCluster(cluster, logging));
  }

  private static Optional<Boolean> logsApiAndAudit(Value types) {
    return types.asList().flatMap(items -> {
      List<String> names = items.stream()
          .flatMap(item -> item.asMap().flatMap(type -> type.get("Type")).flatMap(Value::asString).stream())
          .toList();
      return names.size() == items.size()
          ? Optional.of(KubernetesCluster.logsApiAndAudit(names))
          : Optional.empty();
    });
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::EKS::Cluster}: control plane logging is on when {@code Logging.ClusterLogging.EnabledTypes} has
 * {@code Type: api} and {@code Type: audit}; EKS enables no log type by default. Its Kubernetes secrets are encrypted
 * with a key of the customer's only with an {@code EncryptionConfig} for {@code secrets} ({@link KmsKeys#eksSecrets}).
 */
final class EksClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EKS::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    NestedProperty types = NestedProperty.of(cluster, "Logging", "ClusterLogging", "EnabledTypes");
    Fact logging = types.entry()
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> types.absent(false));
    return List.of(new KubernetesCluster(cluster, logging),
        DataStore.alwaysEncrypted(cluster, "secrets", secretsKey(cluster)));
  }

  private static Fact secretsKey(Resource cluster) {
    Optional<MapEntry> entry = cluster.attributes().entry("EncryptionConfig");
    if (entry.isEmpty()) {
      return Fact.byDefault(false, "EncryptionConfig", cluster.range());
    }
    return entry.get().value().asList()
        .map(items -> KmsKeys.eksSecrets(items, "Resources", "Provider", "KeyArn", entry.get().range()))
        .orElseGet(() -> Fact.unknown("EncryptionConfig", entry.get().range(), entry.get().value().origin()));
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

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_eks_cluster}: control plane logging is on when {@code enabled_cluster_log_types} includes
 * {@code api} and {@code audit}; EKS enables no log type by default. Its Kubernetes secrets are encrypted with a key
 * of the customer's only with an {@code encryption_config} for {@code secrets} ({@link KmsKeys#eksSecrets}).
 */
final class EksClusterMapping implements ModelMapping {
  private static final String LOG_TYPES = "enabled_cluster_log_types";

  @Override
  public Set<String> types() {
    return Set.of("aws_eks_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    Fact logging = cluster.attribute(LOG_TYPES)
        .map(entry -> Fact.of(entry.value(), LOG_TYPES, entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> Fact.byDefault(false, LOG_TYPES, cluster.range()));
    return List.of(new KubernetesCluster(cluster, logging),
        DataStore.alwaysEncrypted(cluster, "secrets", secretsKey(cluster)));
  }

  private static Fact secretsKey(Resource cluster) {
    NestedBlocks configurations = NestedBlocks.of(cluster.attributes(), "encryption_config");
    return configurations.isMissing() ? Fact.byDefault(false, "encryption_config", cluster.range())
        : KmsKeys.eksSecrets(configurations.items(), "resources", "provider", "key_arn",
            configurations.entry().orElseThrow().range());
  }

  /** Whether a list of log types includes {@code api} and {@code audit}; empty when some type is not known. */
  static Optional<Boolean> logsApiAndAudit(Value types) {
    Optional<List<String>> names = types.asList().flatMap(items -> {
      List<String> known = items.stream().flatMap(item -> item.asString().stream()).toList();
      return known.size() == items.size() ? Optional.of(known) : Optional.empty();
    });
    return names.map(KubernetesCluster::logsApiAndAudit);
  }
}

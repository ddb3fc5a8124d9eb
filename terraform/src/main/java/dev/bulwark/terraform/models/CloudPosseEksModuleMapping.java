package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;

/**
 * A call of {@code cloudposse/eks-cluster/aws}: its cluster, unless {@code enabled} is false. Its control plane logs
 * the types {@code enabled_cluster_log_types} lists, none by default.
 */
final class CloudPosseEksModuleMapping extends RegistryModuleMapping {
  private static final String LOG_TYPES = "enabled_cluster_log_types";

  CloudPosseEksModuleMapping() {
    super("cloudposse/eks-cluster/aws", "enabled");
  }

  @Override
  CloudModel model(Resource call) {
    return new KubernetesCluster(call, ModuleArguments.argument(call, LOG_TYPES)
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> Fact.byDefault(false, LOG_TYPES, call.range())));
  }
}

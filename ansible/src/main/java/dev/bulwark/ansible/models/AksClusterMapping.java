package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KubernetesCluster;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_aks}, unless {@code state: absent}: the control plane's audit log is delivered
 * when a diagnostic setting task names the cluster ({@link DiagnosticSettingTasks}, type
 * {@code Microsoft.ContainerService/managedClusters}) and collects category {@code kube-audit} or
 * {@code kube-audit-admin}, or category group {@code audit} or {@code allLogs}. The {@code monitoring} add-on
 * (container insights) collects the nodes' and containers' logs, not the control plane's.
 */
final class AksClusterMapping implements ModuleMapping {
  private static final DiagnosticSettingTasks AUDIT = new DiagnosticSettingTasks(
      "Microsoft.ContainerService/managedClusters", Set.of("kube-audit", "kube-audit-admin", "audit", "alllogs"));

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_aks");
  }

  @Override
  public List<CloudModel> map(Resource cluster, UnitResources unit) {
    return Args.absent(cluster) ? List.of() : List.of(new KubernetesCluster(cluster, AUDIT.collected(cluster,
        Args.entry(cluster.attributes(), "name").flatMap(entry -> entry.value().asString()), unit)));
  }
}

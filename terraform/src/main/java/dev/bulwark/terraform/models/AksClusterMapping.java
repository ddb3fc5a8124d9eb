package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.KubernetesCluster;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_kubernetes_cluster} and {@code azurerm_kubernetes_automatic_cluster} (AKS Automatic): the control
 * plane's audit log is delivered when a diagnostic setting for the cluster ({@link DiagnosticSettings}) collects
 * category {@code kube-audit} or {@code kube-audit-admin}, or category group {@code audit} or {@code allLogs}. Container insights ({@code oms_agent}) collects the nodes' and containers'
 * logs, not the control plane's.
 */
final class AksClusterMapping implements ModelMapping {
  private static final DiagnosticSettings AUDIT = new DiagnosticSettings(
      Set.of("azurerm_kubernetes_cluster", "azurerm_kubernetes_automatic_cluster"),
      Set.of("kube-audit", "kube-audit-admin", "audit", "alllogs"));

  @Override
  public Set<String> types() {
    return AUDIT.targetTypes();
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    return List.of(new KubernetesCluster(cluster, AUDIT.collected(cluster, module)));
  }
}

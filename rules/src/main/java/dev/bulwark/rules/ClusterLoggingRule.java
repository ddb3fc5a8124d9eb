package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/** BW411: a managed Kubernetes cluster whose control plane logs are not delivered. */
@RuleInfo(
    id = "BW411",
    name = "kubernetes-control-plane-logging-disabled",
    title = "Kubernetes cluster has control plane logging off",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enabled_cluster_log_types` to include `api` and `audit` on `aws_eks_cluster`; on "
                + "`google_container_cluster`, remove `logging_service = \"none\"` (or set "
                + "`logging.googleapis.com/kubernetes`) and enable components in `logging_config`; for "
                + "`azurerm_kubernetes_cluster`, add an `azurerm_monitor_diagnostic_setting` whose "
                + "`target_resource_id` is the cluster's `id`, with `enabled_log { category = \"kube-audit\" }` (or "
                + "`kube-audit-admin`, or `category_group = \"audit\"`)."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `Logging.ClusterLogging.EnabledTypes` with `Type: api` and `Type: audit` to "
                + "`AWS::EKS::Cluster`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Remove `logging_service: none` from `google.cloud.gcp_container_cluster` (or set "
                + "`logging.googleapis.com/kubernetes`); for `azure_rm_aks`, add an "
                + "`azure.azcollection.azure_rm_monitordiagnosticsetting` task whose `resource` is the cluster (its "
                + "`name` and `type: Microsoft.ContainerService/managedClusters`, or its ID), with `logs: [{category: "
                + "kube-audit}]` (or `kube-audit-admin`, or `category_group: audit`)."),
    },
    references = {
        "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
        "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
        "https://learn.microsoft.com/azure/aks/monitor-aks-reference#resource-logs",
    },
    checkov = {"CKV_AWS_37", "CKV_GCP_1"},
    kics = {"37304d3f-f852-40b8-ae3f-725e87a7cedf", "4c7ebcb2-eae2-461e-bc83-456ee2d4f694",
        "19c9e2a0-fc33-4264-bba1-e3682661e8f7", "66f130d9-b81d-4e8e-9b08-da74b9c891df"},
    trivy = {"AVD-AWS-0038", "AVD-GCP-0060"})
final class ClusterLoggingRule extends FactRule<KubernetesCluster> {
  /** How an AKS cluster's audit log is delivered: a diagnostic setting for it, and that setting's log entries. */
  private static final Set<String> DIAGNOSTIC_SETTINGS = Set.of("azurerm_monitor_diagnostic_setting",
      "azure_rm_monitordiagnosticsetting");
  private static final Set<String> DIAGNOSTIC_LOGS = Set.of("enabled_log", "log", "logs");

  ClusterLoggingRule() {
    super(KubernetesCluster.class, false);
  }

  @Override
  Fact fact(KubernetesCluster cluster) {
    return cluster.controlPlaneLogging();
  }

  @Override
  String problem(KubernetesCluster cluster, String address) {
    return "Kubernetes cluster " + address + " has control plane logging off";
  }

  @Override
  String detail(Fact fact) {
    if (DIAGNOSTIC_SETTINGS.contains(fact.attribute())) {
      return "no diagnostic setting sends its `kube-audit` or `kube-audit-admin` logs anywhere";
    }
    if (DIAGNOSTIC_LOGS.contains(fact.attribute())) {
      return "its diagnostic setting does not collect `kube-audit` or `kube-audit-admin` logs";
    }
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and no log is enabled by default"
        : "`" + fact.attribute() + "` does not deliver the control plane logs";
  }
}

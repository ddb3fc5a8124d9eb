package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.rule.RuleInfo;

/** BW411: a managed Kubernetes cluster whose control plane logs are not delivered. */
@RuleInfo(
    id = "BW411",
    name = "kubernetes-control-plane-logging-disabled",
    title = "Kubernetes cluster has control plane logging off",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enabled_cluster_log_types` to include `api` and `audit` on `aws_eks_cluster`; on "
                + "`google_container_cluster`, remove `logging_service = \"none\"` (or set "
                + "`logging.googleapis.com/kubernetes`) and enable components in `logging_config`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `Logging.ClusterLogging.EnabledTypes` with `Type: api` and `Type: audit` to "
                + "`AWS::EKS::Cluster`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Remove `logging_service: none` from `google.cloud.gcp_container_cluster` (or set "
                + "`logging.googleapis.com/kubernetes`)."),
    },
    references = {
        "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
        "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
    },
    checkov = {"CKV_AWS_37", "CKV_GCP_1"},
    kics = {"37304d3f-f852-40b8-ae3f-725e87a7cedf", "4c7ebcb2-eae2-461e-bc83-456ee2d4f694",
        "19c9e2a0-fc33-4264-bba1-e3682661e8f7", "66f130d9-b81d-4e8e-9b08-da74b9c891df"},
    trivy = {"AVD-AWS-0038", "AVD-GCP-0060"})
final class ClusterLoggingRule extends FactRule<KubernetesCluster> {
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
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and no log is enabled by default"
        : "`" + fact.attribute() + "` does not deliver the control plane logs";
  }
}

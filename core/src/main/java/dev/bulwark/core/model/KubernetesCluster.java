package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Collection;
import java.util.Objects;

/**
 * A managed Kubernetes control plane (EKS, GKE).
 *
 * @param controlPlaneLogging whether the control plane's logs are delivered: for EKS its {@code api} and
 *                            {@code audit} log types; for GKE its logging service
 */
public record KubernetesCluster(Resource resource, Fact controlPlaneLogging)
    implements CloudModel {

  public KubernetesCluster {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(controlPlaneLogging, "controlPlaneLogging");
  }

  /** Whether the enabled EKS control plane log types include the API server's and the audit log. */
  public static boolean logsApiAndAudit(Collection<String> enabledTypes) {
    return enabledTypes.contains("api") && enabledTypes.contains("audit");
  }
}

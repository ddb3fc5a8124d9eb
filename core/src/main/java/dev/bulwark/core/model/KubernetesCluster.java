package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A managed Kubernetes control plane (EKS).
 *
 * @param controlPlaneLogging whether the control plane's API and audit logs are delivered
 */
public record KubernetesCluster(Resource resource, Fact controlPlaneLogging)
    implements CloudModel {

  public KubernetesCluster {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(controlPlaneLogging, "controlPlaneLogging");
  }
}

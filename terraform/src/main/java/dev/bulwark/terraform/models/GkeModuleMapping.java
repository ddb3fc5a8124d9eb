package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A call of {@code terraform-google-modules/kubernetes-engine/google} or of one of its standard-cluster submodules
 * ({@code private-cluster}, {@code safer-cluster}, their beta and update variants): its cluster writes to Cloud
 * Logging unless {@code logging_service} is {@code none}. The module's default is
 * {@code logging.googleapis.com/kubernetes}; an empty {@code logging_enabled_components} keeps GKE's default.
 */
final class GkeModuleMapping implements ModelMapping {
  private static final String MODULE = "terraform-google-modules/kubernetes-engine/google";
  private static final List<String> SUBMODULES = List.of("private-cluster", "private-cluster-update-variant",
      "beta-private-cluster", "beta-private-cluster-update-variant", "beta-public-cluster",
      "beta-public-cluster-update-variant", "safer-cluster", "safer-cluster-update-variant");

  @Override
  public Set<String> types() {
    return Stream.concat(Stream.of(MODULE), SUBMODULES.stream().map(name -> MODULE + "//modules/" + name))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    Fact logging = ModuleArguments.argument(call, "logging_service")
        .map(GcpContainerClusterMapping::loggingService)
        .orElseGet(() -> Fact.byDefault(true, "logging_service", call.range()));
    return List.of(new KubernetesCluster(call, logging));
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.LoadBalancer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_compute_backend_service} (protocol {@code HTTP} by default): the requests of an HTTP(S) load
 * balancer are logged only with {@code log_config: {enable: true}} ({@link LoadBalancer#backendService}).
 */
final class GcpBackendServiceMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_compute_backend_service");
  }

  @Override
  public List<CloudModel> map(Resource service, UnitResources unit) {
    return LoadBalancer.backendService(service, Args.entry(service.attributes(), "protocol"), Optional.of("HTTP"),
        Args.entry(service.attributes(), "load_balancing_scheme"),
        Args.inObject(service, "log_config", (config, at) -> Args.flag(config, "enable", false, at)));
  }
}

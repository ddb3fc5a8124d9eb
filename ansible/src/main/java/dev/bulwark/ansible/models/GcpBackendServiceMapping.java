package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.value.MapEntry;
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
        Args.entry(service.attributes(), "load_balancing_scheme"), logging(service));
  }

  private static Fact logging(Resource service) {
    Optional<MapEntry> config = Args.entry(service.attributes(), "log_config");
    if (config.isEmpty()) {
      return Fact.byDefault(false, "log_config", service.range());
    }
    return config.get().value().asMap()
        .map(settings -> Args.flag(settings, "enable", false, config.get().range()))
        .orElseGet(() -> Fact.unknown("log_config", config.get().range(), config.get().value().origin()));
  }
}

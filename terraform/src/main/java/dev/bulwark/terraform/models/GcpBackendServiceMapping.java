package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.LoadBalancer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_compute_backend_service} (protocol {@code HTTP} by default) and
 * {@code google_compute_region_backend_service} (only with an HTTP protocol given, as most regional ones balance
 * TCP or UDP): the requests of an HTTP(S) load balancer are logged only with {@code log_config { enable = true }}
 * ({@link LoadBalancer#backendService}).
 */
final class GcpBackendServiceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_compute_backend_service", "google_compute_region_backend_service");
  }

  @Override
  public List<CloudModel> map(Resource service, Module module) {
    Optional<String> defaultProtocol = service.type().equals("google_compute_backend_service")
        ? Optional.of("HTTP") : Optional.empty();
    return LoadBalancer.backendService(service, service.attribute("protocol"), defaultProtocol,
        service.attribute("load_balancing_scheme"),
        NestedBlocks.flag(service.attributes(), "log_config", "enable", false, service.range()));
  }
}

package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Google Cloud backend service is checked for request logging only behind an HTTP(S) load balancer. */
class LoadBalancerTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range AT = Range.ofLine("main.tf", 3, 3, 20);
  private static final Resource SERVICE = new Resource(new ResourceId(".", "google_compute_backend_service.web"),
      "terraform", ResourceKind.MANAGED, "google_compute_backend_service", HEADER, MapValue.of(List.of(), HEADER));
  private static final Fact OFF = Fact.byDefault(false, "log_config", HEADER);

  private static Optional<MapEntry> protocol(Value value) {
    return Optional.of(new MapEntry("protocol", AT, value));
  }

  private static List<CloudModel> service(Optional<MapEntry> protocol, Optional<String> defaultProtocol) {
    return LoadBalancer.backendService(SERVICE, protocol, defaultProtocol, Optional.empty(), OFF);
  }

  @Test
  void httpProtocolsAreCheckedAndOthersAreNot() {
    assertThat(service(Optional.empty(), Optional.of("HTTP"))).containsExactly(new LoadBalancer(SERVICE, OFF));
    assertThat(service(protocol(new StringValue("https", AT)), Optional.empty())).hasSize(1);
    assertThat(service(protocol(new StringValue("TCP", AT)), Optional.of("HTTP"))).isEmpty();
    assertThat(service(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void aServiceMeshBackendHasNoRequestLog() {
    Optional<MapEntry> mesh = Optional.of(new MapEntry("load_balancing_scheme", AT,
        new StringValue("INTERNAL_SELF_MANAGED", AT)));
    assertThat(LoadBalancer.backendService(SERVICE, Optional.empty(), Optional.of("HTTP"), mesh, OFF)).isEmpty();
  }

  @Test
  void anUnknownProtocolLeavesLoggingUnknown() {
    List<CloudModel> models = service(protocol(new UnknownValue("var.protocol", AT, List.of())), Optional.of("HTTP"));
    assertThat(models).singleElement().satisfies(model ->
        assertThat(((LoadBalancer) model).accessLogs().isUnknown()).isTrue());
  }
}

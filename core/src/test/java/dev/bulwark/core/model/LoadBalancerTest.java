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

  @Test
  void httpProtocolsAreCheckedAndOthersAreNot() {
    assertThat(LoadBalancer.backendService(SERVICE, Optional.empty(), Optional.of("HTTP"), OFF))
        .containsExactly(new LoadBalancer(SERVICE, OFF));
    assertThat(LoadBalancer.backendService(SERVICE, protocol(new StringValue("https", AT)), Optional.empty(), OFF))
        .hasSize(1);
    assertThat(LoadBalancer.backendService(SERVICE, protocol(new StringValue("TCP", AT)), Optional.of("HTTP"), OFF))
        .isEmpty();
    assertThat(LoadBalancer.backendService(SERVICE, Optional.empty(), Optional.empty(), OFF)).isEmpty();
  }

  @Test
  void anUnknownProtocolLeavesLoggingUnknown() {
    List<CloudModel> models = LoadBalancer.backendService(SERVICE,
        protocol(new UnknownValue("var.protocol", AT, List.of())), Optional.of("HTTP"), OFF);
    assertThat(models).singleElement().satisfies(model ->
        assertThat(((LoadBalancer) model).accessLogs().isUnknown()).isTrue());
  }
}

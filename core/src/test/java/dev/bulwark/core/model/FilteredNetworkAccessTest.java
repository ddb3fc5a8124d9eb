package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Cosmos DB account or AI Search service is open to all networks only while nothing limits who may connect. */
class FilteredNetworkAccessTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range AT = Range.ofLine("main.tf", 5, 3, 30);
  private static final Fact PUBLIC = Fact.byDefault(true, "public_network_access_enabled", HEADER);
  private static final Fact NO_NETWORK_FILTER = Fact.byDefault(false, "is_virtual_network_filter_enabled", HEADER);

  private static Optional<MapEntry> filter(Value value) {
    return Optional.of(new MapEntry("ip_range_filter", AT, value));
  }

  @Test
  void openWithoutFiltersAndClosedByAnyOfThem() {
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, Optional.empty(), NO_NETWORK_FILTER)).isEqualTo(PUBLIC);
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, filter(new ListValue(List.of(), AT)), NO_NETWORK_FILTER))
        .isEqualTo(PUBLIC);
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, filter(new StringValue("10.0.0.1", AT)), NO_NETWORK_FILTER)
        .isFalse()).isTrue();
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, Optional.empty(),
        Fact.known(true, "is_virtual_network_filter_enabled", AT, List.of())).range()).isEqualTo(AT);
    Fact closed = Fact.known(false, "public_network_access_enabled", AT, List.of());
    assertThat(FilteredNetworkAccess.allNetworks(closed, Optional.empty(), NO_NETWORK_FILTER)).isEqualTo(closed);
  }

  @Test
  void anUnknownFilterIsUnknown() {
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, filter(new UnknownValue("var.ips", AT)), NO_NETWORK_FILTER)
        .isUnknown()).isTrue();
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, Optional.empty(),
        Fact.unknown("is_virtual_network_filter_enabled", AT, List.of())).isUnknown()).isTrue();
  }

  @Test
  void aServiceWithoutANetworkFilterIsClosedByItsIpFilterOnly() {
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, Optional.empty())).isEqualTo(PUBLIC);
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, filter(new ListValue(List.of(), AT)))).isEqualTo(PUBLIC);
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC,
        filter(new ListValue(List.of(new StringValue("203.0.113.0/24", AT)), AT))).range()).isEqualTo(AT);
    assertThat(FilteredNetworkAccess.allNetworks(PUBLIC, filter(new UnknownValue("var.ips", AT))).isUnknown())
        .isTrue();
  }
}

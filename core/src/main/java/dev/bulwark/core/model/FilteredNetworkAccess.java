package dev.bulwark.core.model;

import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;

/**
 * Whether an Azure data service that filters clients by IP address and virtual network (a Cosmos DB account, an AI
 * Search service) is reachable from all networks, as the service decides it in Terraform and Ansible alike: while
 * public network access is on, unless an IP filter that is not empty or the virtual network filter limits who may
 * connect.
 */
public final class FilteredNetworkAccess {
  private FilteredNetworkAccess() {}

  /**
   * @param publicAccess  whether public network access is on
   * @param ipFilter      the IP filter, if written: a list, or a comma-separated string
   * @param networkFilter whether the virtual network filter is enabled
   */
  public static Fact allNetworks(Fact publicAccess, Optional<MapEntry> ipFilter, Fact networkFilter) {
    Fact unfiltered = allNetworks(publicAccess, ipFilter);
    if (!unfiltered.isTrue() || networkFilter.isFalse()) {
      return unfiltered;
    }
    return networkFilter.isTrue()
        ? Fact.known(false, networkFilter.attribute(), networkFilter.range(), networkFilter.origin())
        : networkFilter;
  }

  /**
   * For a service without a virtual network filter (an AI Search service).
   *
   * @param publicAccess whether public network access is on
   * @param ipFilter     the IP filter, if written: a list, or a comma-separated string
   */
  public static Fact allNetworks(Fact publicAccess, Optional<MapEntry> ipFilter) {
    if (!publicAccess.isTrue() || ipFilter.isEmpty()) {
      return publicAccess;
    }
    MapEntry filter = ipFilter.get();
    Optional<Boolean> empty = filter.value().asList().map(List::isEmpty)
        .or(() -> filter.value().asString().map(String::isBlank));
    if (empty.isEmpty()) {
      return Fact.unknown(filter.key(), filter.range(), filter.value().origin());
    }
    return empty.get() ? publicAccess : Fact.known(false, filter.key(), filter.range(), filter.value().origin());
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;

/**
 * Whether an Azure Cosmos DB account is reachable from all networks, as the service decides it in Terraform and
 * Ansible alike: while public network access is on, unless an IP filter that is not empty or the virtual network
 * filter limits who may connect.
 */
public final class CosmosDbAccess {
  private CosmosDbAccess() {}

  /**
   * @param publicAccess  whether public network access is on
   * @param ipFilter      the IP filter, if written: a list, or a comma-separated string
   * @param networkFilter whether the virtual network filter is enabled
   */
  public static Fact allNetworks(Fact publicAccess, Optional<MapEntry> ipFilter, Fact networkFilter) {
    if (!publicAccess.isTrue()) {
      return publicAccess;
    }
    if (ipFilter.isPresent()) {
      MapEntry filter = ipFilter.get();
      Optional<Boolean> empty = filter.value().asList().map(List::isEmpty)
          .or(() -> filter.value().asString().map(String::isBlank));
      if (empty.isEmpty()) {
        return Fact.unknown(filter.key(), filter.range(), filter.value().origin());
      }
      if (!empty.get()) {
        return Fact.known(false, filter.key(), filter.range(), filter.value().origin());
      }
    }
    if (networkFilter.isTrue()) {
      return Fact.known(false, networkFilter.attribute(), networkFilter.range(), networkFilter.origin());
    }
    return networkFilter.isUnknown() ? networkFilter : publicAccess;
  }
}

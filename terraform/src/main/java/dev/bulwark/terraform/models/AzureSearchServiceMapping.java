package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FilteredNetworkAccess;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azurerm_search_service} (Azure AI Search): reachable from all networks while
 * {@code public_network_access_enabled} is true (the default) and its {@code allowed_ips} (the IP addresses and
 * ranges its firewall admits) are empty; with them, it admits those ranges. It always encrypts its indexes.
 */
final class AzureSearchServiceMapping implements ModelMapping {
  private static final String ALLOWED_IPS = "allowed_ips";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_search_service");
  }

  @Override
  public List<CloudModel> map(Resource service, Module module) {
    Optional<MapEntry> allowed = service.attribute(ALLOWED_IPS).filter(entry -> !(entry.value() instanceof NullValue));
    Fact publicAccess = FilteredNetworkAccess.allNetworks(
        Fact.of(service.attributes(), "public_network_access_enabled", true, service.range()), allowed);
    return List.of(new DatabaseInstance(service, publicAccess, Fact.byDefault(true, "encryption", service.range()),
        allowed.map(entry -> FirewallRules.sources(ALLOWED_IPS, entry)).orElse(List.of()),
        Fact.unknown("logging", service.range(), List.of())).named("search service"));
  }
}

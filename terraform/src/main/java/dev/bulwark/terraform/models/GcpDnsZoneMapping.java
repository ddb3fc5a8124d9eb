package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DnsZone;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_dns_managed_zone} when public ({@code visibility} missing or {@code public}; a private zone's queries
 * are logged by the DNS policy of the networks that see it): query logging is on only with
 * {@code cloud_logging_config { enable_logging = true }}, off by default. An unknown visibility is unknown.
 */
final class GcpDnsZoneMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_dns_managed_zone");
  }

  @Override
  public List<CloudModel> map(Resource zone, Module module) {
    Optional<MapEntry> visibility = zone.attribute("visibility");
    Optional<String> known = visibility.isEmpty()
        ? Optional.of("public")
        : visibility.get().value().asString().map(text -> text.toLowerCase(Locale.ROOT));
    if (known.isEmpty()) {
      MapEntry unknown = visibility.get();
      return List.of(new DnsZone(zone, Fact.unknown("visibility", unknown.range(), unknown.value().origin())));
    }
    if (!known.get().equals("public")) {
      return List.of();
    }
    return List.of(new DnsZone(zone,
        NestedBlocks.flag(zone.attributes(), "cloud_logging_config", "enable_logging", false, zone.range())));
  }
}

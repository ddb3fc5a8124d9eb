package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_compute_subnetwork}, unless {@code state} is {@code absent}: VPC flow logs are on when
 * {@code log_config.enable} is true, and off without a {@code log_config} (the Compute API's default when no
 * organization policy says otherwise) or with {@code enable} false; a {@code log_config} without {@code enable} is
 * unknown. Only subnets for VMs ({@code purpose} missing, {@code PRIVATE} or {@code PRIVATE_RFC_1918}) have flow
 * logs; an unknown purpose leaves them unknown.
 */
final class GcpSubnetworkMapping implements ModuleMapping {
  private static final Set<String> VM_PURPOSES = Set.of("PRIVATE", "PRIVATE_RFC_1918");

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_compute_subnetwork");
  }

  @Override
  public List<CloudModel> map(Resource subnet, UnitResources unit) {
    if (Args.absent(subnet)) {
      return List.of();
    }
    Optional<MapEntry> purpose = Args.entry(subnet.attributes(), "purpose");
    if (purpose.isPresent()) {
      Optional<String> known = purpose.get().value().asString();
      if (known.isEmpty()) {
        return List.of(new VirtualNetwork(subnet,
            Fact.unknown("purpose", purpose.get().range(), purpose.get().value().origin())));
      }
      if (!VM_PURPOSES.contains(known.get())) {
        return List.of();
      }
    }
    return List.of(new VirtualNetwork(subnet, flowLogs(subnet)));
  }

  private static Fact flowLogs(Resource subnet) {
    Optional<MapEntry> logConfig = Args.entry(subnet.attributes(), "log_config");
    if (logConfig.isEmpty()) {
      return Fact.byDefault(false, "log_config", subnet.range());
    }
    Optional<MapValue> settings = logConfig.get().value().asMap();
    if (settings.isEmpty()) {
      return Fact.unknown("log_config", logConfig.get().range(), logConfig.get().value().origin());
    }
    return Args.flag(settings.get(), "enable", Optional.empty(), logConfig.get().range());
  }
}

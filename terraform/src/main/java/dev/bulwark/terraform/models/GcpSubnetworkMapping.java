package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_compute_subnetwork}: VPC flow logs are on with a {@code log_config} block, or with the older
 * {@code enable_flow_logs}; neither means off. Only subnets for VMs ({@code purpose} missing, {@code PRIVATE} or
 * {@code PRIVATE_RFC_1918}) have flow logs: proxy-only, Private Service Connect and NAT subnets are not modelled, and
 * an unknown purpose leaves them unknown.
 */
final class GcpSubnetworkMapping implements ModelMapping {
  private static final Set<String> VM_PURPOSES = Set.of("PRIVATE", "PRIVATE_RFC_1918");

  @Override
  public Set<String> types() {
    return Set.of("google_compute_subnetwork");
  }

  /** What a subnet's {@code purpose} says: it is for VMs (or missing), for something else, or unknown. */
  enum Purpose {
    FOR_VMS,
    OTHER,
    UNKNOWN
  }

  /** What {@code purpose}, a subnet's attribute if written, says. */
  static Purpose purpose(Optional<MapEntry> purpose) {
    if (purpose.isEmpty()) {
      return Purpose.FOR_VMS;
    }
    return purpose.get().value().asString()
        .map(known -> VM_PURPOSES.contains(known) ? Purpose.FOR_VMS : Purpose.OTHER)
        .orElse(Purpose.UNKNOWN);
  }

  /** The fact of a subnet whose purpose is unknown. */
  static Fact unknownPurpose(MapEntry purpose) {
    return Fact.unknown("purpose", purpose.range(), purpose.value().origin());
  }

  @Override
  public List<CloudModel> map(Resource subnet, Module module) {
    Optional<MapEntry> purpose = subnet.attribute("purpose");
    Purpose kind = purpose(purpose);
    if (kind == Purpose.OTHER) {
      return List.of();
    }
    if (kind == Purpose.UNKNOWN) {
      return List.of(new VirtualNetwork(subnet, unknownPurpose(purpose.get())));
    }
    NestedBlocks logConfig = NestedBlocks.of(subnet.attributes(), "log_config");
    Fact flowLogs;
    if (!logConfig.isMissing()) {
      flowLogs = logConfig.presence("log_config");
    } else if (subnet.attribute("enable_flow_logs").isPresent()) {
      flowLogs = Fact.of(subnet.attributes(), "enable_flow_logs", false, subnet.range());
    } else {
      flowLogs = Fact.byDefault(false, "log_config", subnet.range());
    }
    return List.of(new VirtualNetwork(subnet, flowLogs));
  }
}

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

  @Override
  public List<CloudModel> map(Resource subnet, Module module) {
    Optional<MapEntry> purpose = subnet.attribute("purpose");
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

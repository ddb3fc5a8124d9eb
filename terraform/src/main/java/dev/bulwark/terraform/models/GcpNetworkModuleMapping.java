package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call of {@code terraform-google-modules/network/google} (or its {@code subnets} submodule): each subnet of its
 * {@code subnets} list, which the module makes a {@code google_compute_subnetwork}, with VPC flow logs when the
 * subnet's {@code subnet_flow_logs} is true (the module's default is false). As for the resource, a subnet whose
 * {@code purpose} is not for VMs (a proxy-only or Private Service Connect subnet) has no flow logs and is not
 * modelled. An unknown {@code subnets} list, or an unknown subnet, is a network whose flow logs are unknown.
 */
final class GcpNetworkModuleMapping implements ModelMapping {
  private static final String SUBNETS = "subnets";
  private static final String FLOW_LOGS = "subnet_flow_logs";

  @Override
  public Set<String> types() {
    return Set.of("terraform-google-modules/network/google",
        "terraform-google-modules/network/google//modules/subnets");
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    Optional<MapEntry> subnets = ModuleArguments.argument(call, SUBNETS);
    if (subnets.isEmpty()) {
      return List.of();
    }
    Optional<List<Value>> items = subnets.get().value().asList();
    if (items.isEmpty()) {
      return List.of(new VirtualNetwork(call, Fact.unknown(FLOW_LOGS, subnets.get().range(),
          subnets.get().value().origin())));
    }
    List<CloudModel> networks = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      String path = SUBNETS + "[" + i + "].";
      flowLogs(items.get().get(i)).ifPresent(fact -> networks.add(new VirtualNetwork(call, new Fact(fact.truth(),
          path + fact.attribute(), fact.range(), fact.byDefault(), fact.origin(), fact.condition(),
          fact.alternatives()))));
    }
    return networks;
  }

  /** Whether one subnet has flow logs; empty for a subnet that cannot have them. */
  private static Optional<Fact> flowLogs(Value item) {
    Optional<MapValue> subnet = item.asMap();
    if (subnet.isEmpty()) {
      return Optional.of(Fact.unknown(FLOW_LOGS, item.range(), item.origin()));
    }
    Optional<MapEntry> purpose = subnet.get().entry("purpose");
    return switch (GcpSubnetworkMapping.purpose(purpose)) {
      case OTHER -> Optional.empty();
      case UNKNOWN -> Optional.of(GcpSubnetworkMapping.unknownPurpose(purpose.get()));
      case FOR_VMS -> Optional.of(Fact.of(subnet.get(), FLOW_LOGS, false, subnet.get().range()));
    };
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import java.util.List;
import java.util.Set;

/**
 * {@code google_alloydb_instance}: it gets a public IP address only with {@code network_config.enable_public_ip}
 * (false by default), and admits the {@code cidr_range} of each {@code authorized_external_networks} block there.
 * AlloyDB always encrypts its storage (its key is the cluster's), so storage is not read here.
 */
final class AlloyDbInstanceMapping implements ModelMapping {
  private static final String NETWORK = "network_config";

  @Override
  public Set<String> types() {
    return Set.of("google_alloydb_instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Module module) {
    Fact publicIp = NestedBlocks.flag(instance.attributes(), NETWORK, "enable_public_ip", false, instance.range());
    List<Located<String>> networks = NestedBlocks.of(instance.attributes(), NETWORK).known().stream().findFirst()
        .map(config -> GcpSqlInstanceMapping.authorizedNetworks(config, "authorized_external_networks", "cidr_range"))
        .orElse(List.of());
    return List.of(new DatabaseInstance(instance, publicIp,
        Fact.unknown("storage_encrypted", instance.range(), List.of()), networks,
        Fact.unknown("", instance.range(), List.of())));
  }
}

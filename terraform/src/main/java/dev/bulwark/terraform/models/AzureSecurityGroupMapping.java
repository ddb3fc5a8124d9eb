package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azurerm_network_security_group} with its inline {@code security_rule} blocks, and each
 * {@code azurerm_network_security_rule} on its own (the finding is about the rule resource either way). A rule
 * counts when its {@code access} is {@code Allow} and its {@code direction} is known (both are required); its
 * protocol {@code *} is every protocol; its sources are {@code source_address_prefix(es)} ({@code *},
 * {@code Internet} and {@code Any} stand for every address); it yields one firewall rule per range of
 * {@code destination_port_range(s)} ({@code *} for every port, a range, or comma-separated ranges).
 */
final class AzureSecurityGroupMapping implements ModelMapping {
  private static final String GROUP = "azurerm_network_security_group";

  @Override
  public Set<String> types() {
    return Set.of(GROUP, "azurerm_network_security_rule");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    List<FirewallRule> rules = new ArrayList<>();
    if (resource.type().equals(GROUP)) {
      List<Value> items = NestedBlocks.of(resource.attributes(), "security_rule").items();
      for (int i = 0; i < items.size(); i++) {
        String path = "security_rule[" + i + "]";
        items.get(i).asMap().ifPresent(block -> rules.addAll(rules(resource, path, block)));
      }
    } else {
      rules.addAll(rules(resource, "", resource.attributes()));
    }
    return List.of(new SecurityGroup(resource, rules));
  }

  private static List<FirewallRule> rules(Resource resource, String path, MapValue block) {
    Optional<Direction> direction = text(block, "direction").flatMap(AzureSecurityGroupMapping::direction);
    if (direction.isEmpty() || !text(block, "access").filter("allow"::equals).isPresent()) {
      return List.of();
    }
    List<Located<PortRange>> ports = new ArrayList<>();
    for (String key : List.of("destination_port_range", "destination_port_ranges")) {
      block.entry(key).ifPresent(entry -> ports.addAll(PortRange.listed(key, entry)));
    }
    if (ports.isEmpty()) {
      ports.add(Located.unknown("destination_port_range", block.range(), List.of()));
    }
    return FirewallRule.perPortRange(resource, path, direction.get(), FirewallRules.protocol(block, "protocol"),
        ports, FirewallRules.sources(block, List.of("source_address_prefix", "source_address_prefixes")));
  }

  private static Optional<String> text(MapValue block, String key) {
    return block.get(key).flatMap(Value::asString).map(value -> value.toLowerCase(Locale.ROOT));
  }

  private static Optional<Direction> direction(String direction) {
    return switch (direction) {
      case "inbound" -> Optional.of(Direction.INGRESS);
      case "outbound" -> Optional.of(Direction.EGRESS);
      default -> Optional.empty();
    };
  }
}

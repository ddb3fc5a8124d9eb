package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.GoogleFirewallSources;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_compute_firewall}: each item of {@code allowed} is a rule from {@code source_ranges}, in
 * the firewall's {@code direction} ({@code INGRESS} when missing); a disabled firewall ({@code disabled: true}) or
 * one whose direction is unknown has no rules. An item's {@code ip_protocol} {@code all}, or an item without
 * {@code ports}, covers every port; otherwise it yields one rule per entry of {@code ports}. An ingress firewall
 * without {@code source_ranges}, {@code source_tags} or {@code source_service_accounts} admits {@code 0.0.0.0/0}
 * (see {@link GoogleFirewallSources}).
 */
final class GcpFirewallMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_compute_firewall");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    boolean disabled = Args.entry(arguments, "disabled").flatMap(entry -> Args.bool(entry.value())).orElse(false);
    Optional<Direction> direction = direction(arguments);
    if (disabled || direction.isEmpty()) {
      return List.of(new SecurityGroup(task, List.of()));
    }
    List<Located<String>> declared = SecurityGroupMapping.sources(arguments, List.of("source_ranges"));
    List<Located<String>> sources = direction.get() == Direction.INGRESS
        ? GoogleFirewallSources.ingress(arguments, declared, task.range())
        : declared;
    List<Value> items = Args.entry(arguments, "allowed").flatMap(entry -> entry.value().asList()).orElse(List.of());
    List<FirewallRule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "allowed[" + i + "]";
      items.get(i).asMap().ifPresent(item -> {
        Located<Protocol> protocol = Args.entry(item, "ip_protocol")
            .map(entry -> Located.of(entry.value(), "ip_protocol", entry.range(),
                value -> value.asString().map(Protocol::parse)))
            .orElseGet(() -> Located.unknown("ip_protocol", item.range(), List.of()));
        Optional<MapEntry> ports = Args.entry(item, "ports");
        if (ports.isEmpty() || protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
          rules.add(new FirewallRule(task, path, item.range(), direction.get(), protocol,
              Located.known(PortRange.ALL, "ports", item.range(), List.of()), sources, true));
        } else {
          rules.addAll(FirewallRule.perPortRange(task, path, direction.get(), protocol,
              PortRange.listed("ports", ports.get()), sources));
        }
      });
    }
    return List.of(new SecurityGroup(task, rules));
  }

  private static Optional<Direction> direction(MapValue arguments) {
    Optional<MapEntry> entry = Args.entry(arguments, "direction");
    if (entry.isEmpty()) {
      return Optional.of(Direction.INGRESS);
    }
    return entry.get().value().asString().map(text -> text.toUpperCase(Locale.ROOT))
        .filter(text -> text.equals("INGRESS") || text.equals("EGRESS"))
        .map(text -> text.equals("INGRESS") ? Direction.INGRESS : Direction.EGRESS);
  }
}

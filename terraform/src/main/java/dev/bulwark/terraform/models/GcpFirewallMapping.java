package dev.bulwark.terraform.models;

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
 * {@code google_compute_firewall}: each {@code allow} block is a rule from {@code source_ranges}, in the
 * firewall's {@code direction} ({@code INGRESS} when missing); a disabled firewall ({@code disabled = true}) or one
 * whose direction is unknown has no rules. A block's protocol {@code all}, or a block without {@code ports}, covers
 * every port; otherwise it yields one rule per entry of {@code ports}. {@code deny} blocks allow nothing. Without
 * {@code source_ranges} the sources are tags or service accounts, not addresses; an ingress firewall without any of
 * them admits {@code 0.0.0.0/0} (see {@link GoogleFirewallSources}).
 */
final class GcpFirewallMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_compute_firewall");
  }

  @Override
  public List<CloudModel> map(Resource firewall, Module module) {
    boolean disabled = firewall.attributes().get("disabled").flatMap(Value::asBoolean).orElse(false);
    Optional<Direction> direction = direction(firewall.attributes());
    if (disabled || direction.isEmpty()) {
      return List.of(new SecurityGroup(firewall, List.of()));
    }
    List<Located<String>> declared = FirewallRules.sources(firewall.attributes(), List.of("source_ranges"));
    List<Located<String>> sources = direction.get() == Direction.INGRESS
        ? GoogleFirewallSources.ingress(firewall.attributes(), declared, firewall.range())
        : declared;
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = NestedBlocks.of(firewall.attributes(), "allow").items();
    for (int i = 0; i < items.size(); i++) {
      String path = "allow[" + i + "]";
      items.get(i).asMap().ifPresent(block ->
          rules.addAll(allowed(firewall, path, block, "protocol", direction.get(), sources)));
    }
    return List.of(new SecurityGroup(firewall, rules));
  }

  /**
   * The rules one block that allows a protocol ({@code protocolKey}) and {@code ports} makes: every port for the
   * protocol {@code all} or without {@code ports}, else one rule per entry of {@code ports}, all from
   * {@code sources}.
   */
  static List<FirewallRule> allowed(Resource firewall, String path, MapValue block, String protocolKey,
      Direction direction, List<Located<String>> sources) {
    Located<Protocol> protocol = FirewallRules.protocol(block, protocolKey);
    Optional<MapEntry> ports = block.entry("ports");
    if (ports.isEmpty() || protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return List.of(new FirewallRule(firewall, path, block.range(), direction, protocol,
          Located.known(PortRange.ALL, "ports", block.range(), List.of()), sources, true));
    }
    return FirewallRule.perPortRange(firewall, path, direction, protocol, PortRange.listed("ports", ports.get()),
        sources);
  }

  /** The direction {@code settings} name in {@code direction}: {@code INGRESS} when missing, empty when unknown. */
  static Optional<Direction> direction(MapValue settings) {
    Optional<Value> value = settings.get("direction");
    if (value.isEmpty()) {
      return Optional.of(Direction.INGRESS);
    }
    return value.get().asString().map(text -> text.toUpperCase(Locale.ROOT))
        .filter(text -> text.equals("INGRESS") || text.equals("EGRESS"))
        .map(text -> text.equals("INGRESS") ? Direction.INGRESS : Direction.EGRESS);
  }
}

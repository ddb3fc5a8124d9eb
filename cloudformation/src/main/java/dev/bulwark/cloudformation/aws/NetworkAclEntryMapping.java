package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.FirewallRuleSyntax;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.NetworkAcl;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::EC2::NetworkAclEntry}, on its own: an allow rule ({@code RuleAction: allow}) of its network ACL,
 * ingress unless {@code Egress} is true, from {@code CidrBlock} / {@code Ipv6CidrBlock}. {@code Protocol} is an IANA
 * number ({@code -1} for every protocol and port); the ports are {@code PortRange.From}..{@code To}.
 */
final class NetworkAclEntryMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::NetworkAclEntry");
  }

  @Override
  public List<CloudModel> map(Resource entry, Stack stack) {
    MapValue properties = entry.attributes();
    boolean allow = properties.get("RuleAction").flatMap(Value::asString)
        .filter(action -> action.toLowerCase(Locale.ROOT).equals("allow")).isPresent();
    Optional<Boolean> egress = properties.get("Egress").map(Value::asBoolean).orElse(Optional.of(false));
    if (!allow || egress.isEmpty()) {
      return List.of(new NetworkAcl(entry, List.of()));
    }
    Located<Protocol> protocol = properties.entry("Protocol")
        .map(e -> Located.of(e.value(), "Protocol", e.range(), value -> value.asString().map(Protocol::parse)))
        .orElseGet(() -> Located.unknown("Protocol", entry.range(), List.of()));
    return List.of(new NetworkAcl(entry, List.of(new FirewallRule(entry, "", entry.range(),
        egress.get() ? Direction.EGRESS : Direction.INGRESS, protocol, ports(entry, protocol),
        FirewallRuleSyntax.sources(properties, List.of("CidrBlock", "Ipv6CidrBlock"))))));
  }

  private static Located<PortRange> ports(Resource entry, Located<Protocol> protocol) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<MapEntry> range = entry.attributes().entry("PortRange");
    Range where = range.map(MapEntry::range).orElse(entry.range());
    Optional<MapValue> ports = range.flatMap(e -> e.value().asMap());
    Optional<Integer> from = ports.flatMap(map -> port(map, "From"));
    Optional<Integer> to = ports.flatMap(map -> port(map, "To"));
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("PortRange", where, List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), to.get()), "PortRange", where, List.of());
  }

  private static Optional<Integer> port(MapValue ports, String key) {
    return ports.get(key).flatMap(Value::asNumber).map(BigDecimal::intValue);
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one format names the parts of a firewall rule, e.g. Terraform's {@code protocol}, {@code from_port},
 * {@code to_port}, {@code cidr_blocks}, {@code ipv6_cidr_blocks}, or CloudFormation's {@code IpProtocol},
 * {@code FromPort}, {@code ToPort}, {@code CidrIp}, {@code CidrIpv6}; reads a rule written that way. Protocol
 * "all" means every port, whatever the port attributes say. A source attribute may hold one range or a list.
 *
 * @param protocol the protocol attribute
 * @param fromPort the first port's attribute
 * @param toPort   the last port's attribute
 * @param sources  the attributes holding peer address ranges (CIDR notation)
 */
public record FirewallRuleSyntax(String protocol, String fromPort, String toPort, List<String> sources) {
  public FirewallRuleSyntax {
    sources = List.copyOf(sources);
  }

  /** The rule {@code block} states, declared by {@code declaredBy} at {@code path}. */
  public FirewallRule read(Resource declaredBy, String path, MapValue block, Direction direction) {
    Located<Protocol> protocol = protocol(block);
    return new FirewallRule(declaredBy, path, block.range(), direction, protocol, ports(block, protocol),
        sources(block, sources));
  }

  private Located<Protocol> protocol(MapValue block) {
    return block.entry(protocol)
        .map(entry -> Located.of(entry.value(), protocol, entry.range(),
            value -> value.asString().map(Protocol::parse)))
        .orElseGet(() -> Located.unknown(protocol, block.range(), List.of()));
  }

  private Located<PortRange> ports(MapValue block, Located<Protocol> protocol) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<Integer> from = port(block, fromPort);
    Optional<Integer> to = port(block, toPort);
    Range range = block.entry(fromPort).map(MapEntry::range)
        .map(start -> block.entry(toPort).map(end -> start.span(end.range())).orElse(start))
        .orElse(block.range());
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown(fromPort, range, List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), Math.max(0, to.get())), fromPort, range, List.of());
  }

  private static Optional<Integer> port(MapValue block, String key) {
    return block.get(key).flatMap(Value::asNumber).map(BigDecimal::intValue);
  }

  /**
   * The peer address ranges that the attributes {@code keys} of {@code block} give, each located: a range, or each
   * item of a list of them.
   */
  public static List<Located<String>> sources(MapValue block, List<String> keys) {
    List<Located<String>> located = new ArrayList<>();
    for (String key : keys) {
      block.entry(key).filter(entry -> !(entry.value() instanceof NullValue))
          .ifPresent(entry -> addSources(located, key, entry));
    }
    return located;
  }

  private static void addSources(List<Located<String>> located, String key, MapEntry entry) {
    Optional<List<Value>> items = entry.value().asList();
    if (items.isEmpty()) {
      located.add(Located.of(entry.value(), key, entry.value().range(), Value::asString));
      return;
    }
    for (int i = 0; i < items.get().size(); i++) {
      Value item = items.get().get(i);
      located.add(Located.of(item, key + "[" + i + "]", item.range(), Value::asString));
    }
  }
}

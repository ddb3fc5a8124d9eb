package dev.bulwark.terraform.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_security_group} and {@code aws_default_security_group} with their inline {@code ingress} and
 * {@code egress} rules. Protocol {@code -1} (or {@code all}) means every port, whatever the port attributes say.
 */
final class SecurityGroupMapping implements ModelMapping {
  private static final List<String> SOURCE_ATTRIBUTES = List.of("cidr_blocks", "ipv6_cidr_blocks");

  @Override
  public Set<String> types() {
    return Set.of("aws_security_group", "aws_default_security_group");
  }

  @Override
  public CloudModel map(Resource group, Module module) {
    List<FirewallRule> rules = new ArrayList<>();
    rules.addAll(inline(group, "ingress", Direction.INGRESS));
    rules.addAll(inline(group, "egress", Direction.EGRESS));
    return new SecurityGroup(group, rules);
  }

  private static List<FirewallRule> inline(Resource group, String key, Direction direction) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = NestedBlocks.of(group.attributes(), key).items();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      items.get(i).asMap().ifPresent(block ->
          rules.add(rule(group, key + "[" + index + "]", block, direction)));
    }
    return rules;
  }

  /** The firewall rule an AWS rule block (inline, or a rule resource's attributes) declares. */
  static FirewallRule rule(Resource declaredBy, String path, MapValue block, Direction direction) {
    Located<Protocol> protocol = protocol(block);
    return new FirewallRule(declaredBy, path, block.range(), direction, protocol, ports(block, protocol),
        sources(block));
  }

  private static Located<Protocol> protocol(MapValue block) {
    Optional<MapEntry> entry = block.entry("protocol");
    if (entry.isEmpty()) {
      return Located.unknown("protocol", block.range(), List.of());
    }
    Value value = entry.get().value();
    return value.asString()
        .map(text -> Located.known(Protocol.parse(text), "protocol", entry.get().range(), value.origin()))
        .orElseGet(() -> Located.unknown("protocol", entry.get().range(), value.origin()));
  }

  private static Located<PortRange> ports(MapValue block, Located<Protocol> protocol) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<Integer> from = port(block, "from_port");
    Optional<Integer> to = port(block, "to_port");
    Range range = block.entry("from_port").map(MapEntry::range)
        .map(start -> block.entry("to_port").map(end -> start.span(end.range())).orElse(start))
        .orElse(block.range());
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("from_port", range, List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), Math.max(0, to.get())), "from_port", range,
        List.of());
  }

  private static Optional<Integer> port(MapValue block, String key) {
    return block.get(key).flatMap(Value::asNumber).map(BigDecimal::intValue);
  }

  private static List<Located<String>> sources(MapValue block) {
    List<Located<String>> sources = new ArrayList<>();
    for (String key : SOURCE_ATTRIBUTES) {
      block.entry(key).ifPresent(entry -> addSources(sources, key, entry));
    }
    return sources;
  }

  private static void addSources(List<Located<String>> sources, String key, MapEntry entry) {
    if (entry.value() instanceof NullValue) {
      return;
    }
    Optional<List<Value>> items = entry.value().asList();
    if (items.isEmpty()) {
      sources.add(Located.unknown(key, entry.range(), entry.value().origin()));
      return;
    }
    for (int i = 0; i < items.get().size(); i++) {
      Value item = items.get().get(i);
      String path = key + "[" + i + "]";
      sources.add(item.asString()
          .map(cidr -> Located.known(cidr, path, item.range(), item.origin()))
          .orElseGet(() -> Located.unknown(path, item.range(), item.origin())));
    }
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * AWS security group rules as firewall rules: the inline {@code ingress} and {@code egress} blocks of a group, an
 * {@code aws_security_group_rule} ({@code type}, {@code protocol}, {@code cidr_blocks}, {@code ipv6_cidr_blocks}),
 * and an {@code aws_vpc_security_group_ingress_rule} or {@code ..._egress_rule} ({@code ip_protocol},
 * {@code cidr_ipv4}, {@code cidr_ipv6}). Protocol {@code -1} (or {@code all}) means every port, whatever the port
 * attributes say.
 */
final class FirewallRules {
  /** The resources that declare one rule each, attached to a group by {@code security_group_id}. */
  static final Set<String> RULE_TYPES = Set.of("aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
      "aws_vpc_security_group_egress_rule");
  /** The group resources. */
  static final Set<String> GROUP_TYPES = Set.of("aws_security_group", "aws_default_security_group");

  private FirewallRules() {}

  /** The rules written in a group's inline {@code ingress} or {@code egress} blocks. */
  static List<FirewallRule> inline(Resource group, String key, Direction direction) {
    return inline(group, key, direction, block -> true, List.of("cidr_blocks", "ipv6_cidr_blocks"));
  }

  /**
   * The rules written in inline blocks {@code key} of {@code resource} that pass {@code allows}, each from its
   * {@code protocol}, {@code from_port}, {@code to_port} and the sources in {@code sourceKeys}.
   */
  static List<FirewallRule> inline(Resource resource, String key, Direction direction, Predicate<MapValue> allows,
      List<String> sourceKeys) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = NestedBlocks.of(resource.attributes(), key).items();
    for (int i = 0; i < items.size(); i++) {
      String path = key + "[" + i + "]";
      items.get(i).asMap().filter(allows)
          .ifPresent(block -> rules.add(read(resource, path, block.range(), block, direction, "protocol", sourceKeys)));
    }
    return rules;
  }

  /**
   * The rule {@code block} of {@code declaredBy} states, written at {@code path} ({@code range}); an empty path
   * when the rule is the whole resource.
   */
  static FirewallRule read(Resource declaredBy, String path, Range range, MapValue block, Direction direction,
      String protocolKey, List<String> sourceKeys) {
    Located<Protocol> protocol = protocol(block, protocolKey);
    return new FirewallRule(declaredBy, path, range, direction, protocol, ports(block, protocol),
        sources(block, sourceKeys));
  }

  /** The rule a rule resource declares; empty when its direction is unknown. */
  static Optional<FirewallRule> resource(Resource rule) {
    MapValue attributes = rule.attributes();
    boolean vpcRule = !rule.type().equals("aws_security_group_rule");
    Optional<Direction> direction = vpcRule
        ? Optional.of(rule.type().endsWith("_egress_rule") ? Direction.EGRESS : Direction.INGRESS)
        : attributes.get("type").flatMap(Value::asString).map(type -> type.toLowerCase(Locale.ROOT))
            .filter(type -> type.equals("ingress") || type.equals("egress"))
            .map(type -> type.equals("ingress") ? Direction.INGRESS : Direction.EGRESS);
    if (direction.isEmpty()) {
      return Optional.empty();
    }
    List<String> sources = vpcRule ? List.of("cidr_ipv4", "cidr_ipv6") : List.of("cidr_blocks", "ipv6_cidr_blocks");
    return Optional.of(read(rule, "", rule.range(), attributes, direction.get(),
        vpcRule ? "ip_protocol" : "protocol", sources));
  }

  /** The protocol {@code key} of {@code block} states; unknown when missing or not a string. */
  static Located<Protocol> protocol(MapValue block, String key) {
    Optional<MapEntry> entry = block.entry(key);
    if (entry.isEmpty()) {
      return Located.unknown(key, block.range(), List.of());
    }
    Value value = entry.get().value();
    return value.asString()
        .map(text -> Located.known(Protocol.parse(text), key, entry.get().range(), value.origin()))
        .orElseGet(() -> Located.unknown(key, entry.get().range(), value.origin()));
  }

  private static Located<PortRange> ports(MapValue block, Located<Protocol> protocol) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<Integer> from = port(block, "from_port");
    Optional<Integer> to = port(block, "to_port");
    Range range = block.entry("from_port").map(MapEntry::range)
        .map(start -> block.entry("to_port").map(end -> span(start, end.range())).orElse(start))
        .orElse(block.range());
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("from_port", range, List.of());
    }
    List<RelatedLocation> origin = new ArrayList<>();
    block.get("from_port").ifPresent(value -> origin.addAll(value.origin()));
    return Located.known(new PortRange(Math.max(0, from.get()), Math.max(0, to.get())), "from_port", range, origin);
  }

  /** The range from {@code start} to {@code end}, or {@code start} when they are in different files. */
  private static Range span(Range start, Range end) {
    return start.file().equals(end.file()) ? start.span(end) : start;
  }

  private static Optional<Integer> port(MapValue block, String key) {
    return block.get(key).flatMap(Value::asNumber).map(BigDecimal::intValue);
  }

  /** The address ranges of {@code keys} in {@code block}, in order (see {@link #sources(String, MapEntry)}). */
  static List<Located<String>> sources(MapValue block, List<String> keys) {
    List<Located<String>> sources = new ArrayList<>();
    for (String key : keys) {
      block.entry(key).filter(entry -> !(entry.value() instanceof NullValue))
          .ifPresent(entry -> sources.addAll(sources(key, entry)));
    }
    return sources;
  }

  /**
   * The address ranges {@code entry} (attribute {@code key}) gives, each located: one string, or each item of a
   * list; an unknown value is one unknown source.
   */
  static List<Located<String>> sources(String key, MapEntry entry) {
    Value value = entry.value();
    if (value.asString().isPresent()) {
      return List.of(Located.known(value.asString().get(), key, entry.range(), value.origin()));
    }
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return List.of(Located.unknown(key, entry.range(), value.origin()));
    }
    List<Located<String>> sources = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      Value item = items.get().get(i);
      String path = key + "[" + i + "]";
      sources.add(item.asString()
          .map(cidr -> Located.known(cidr, path, item.range(), item.origin()))
          .orElseGet(() -> Located.unknown(path, item.range(), item.origin())));
    }
    return sources;
  }
}

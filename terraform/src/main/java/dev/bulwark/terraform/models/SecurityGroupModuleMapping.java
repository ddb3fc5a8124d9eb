package dev.bulwark.terraform.models;

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
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/security-group/aws}: its ingress rules, unless {@code create} is false.
 * Each name of {@code ingress_rules} is a rule from {@code ingress_cidr_blocks} and {@code ingress_ipv6_cidr_blocks}
 * with the named rule's protocol and ports; each map of {@code ingress_with_cidr_blocks} (and
 * {@code ingress_with_ipv6_cidr_blocks}) is a rule from its comma-separated {@code cidr_blocks}
 * ({@code ipv6_cidr_blocks}), or from the module-wide blocks when it has none, with its own ports or its
 * {@code rule}'s. All default to empty lists.
 */
final class SecurityGroupModuleMapping extends RegistryModuleMapping {
  SecurityGroupModuleMapping() {
    super("terraform-aws-modules/security-group/aws", "create");
  }

  @Override
  CloudModel model(Resource call) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Located<String>> wide = new ArrayList<>(sources(call, "ingress_cidr_blocks"));
    wide.addAll(sources(call, "ingress_ipv6_cidr_blocks"));
    List<Value> names = ModuleArguments.items(call, "ingress_rules");
    for (int i = 0; i < names.size(); i++) {
      Value name = names.get(i);
      Optional<NamedRules.Rule> named = name.asString().flatMap(NamedRules::get);
      if (named.isPresent()) {
        rules.add(new FirewallRule(call, "ingress_rules[" + i + "]", name.range(), Direction.INGRESS,
            Located.known(named.get().protocol(), "ingress_rules", name.range(), name.origin()),
            Located.known(named.get().ports(), "ingress_rules", name.range(), name.origin()), wide));
      }
    }
    rules.addAll(withBlocks(call, "ingress_with_cidr_blocks", "cidr_blocks", sources(call, "ingress_cidr_blocks")));
    rules.addAll(withBlocks(call, "ingress_with_ipv6_cidr_blocks", "ipv6_cidr_blocks",
        sources(call, "ingress_ipv6_cidr_blocks")));
    return new SecurityGroup(call, rules);
  }

  private static List<Located<String>> sources(Resource call, String name) {
    return ModuleArguments.argument(call, name).map(entry -> FirewallRules.sources(name, entry)).orElse(List.of());
  }

  private static List<FirewallRule> withBlocks(Resource call, String name, String key, List<Located<String>> wide) {
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> items = ModuleArguments.items(call, name);
    for (int i = 0; i < items.size(); i++) {
      String path = name + "[" + i + "]";
      Value item = items.get(i);
      if (!(item instanceof MapValue map)) {
        continue;
      }
      Optional<NamedRules.Rule> named = map.get("rule").flatMap(Value::asString).flatMap(NamedRules::get);
      Located<Protocol> protocol = map.entry("protocol")
          .map(entry -> entry.value().asString()
              .map(text -> Located.known(Protocol.parse(text), "protocol", entry.range(), entry.value().origin()))
              .orElseGet(() -> Located.unknown("protocol", entry.range(), entry.value().origin())))
          .or(() -> named.map(rule -> Located.known(rule.protocol(), "rule", ruleRange(map), List.of())))
          .orElseGet(() -> Located.unknown("protocol", map.range(), List.of()));
      List<Located<String>> sources = map.entry(key).map(entry -> split(entry, path + "." + key)).orElse(wide);
      rules.add(new FirewallRule(call, path, map.range(), Direction.INGRESS, protocol,
          ports(map, protocol, named), sources));
    }
    return rules;
  }

  private static Range ruleRange(MapValue map) {
    return map.entry("rule").map(MapEntry::range).orElse(map.range());
  }

  private static Located<PortRange> ports(MapValue map, Located<Protocol> protocol, Optional<NamedRules.Rule> named) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<Integer> from = port(map, "from_port").or(() -> named.map(rule -> rule.ports().from()));
    Optional<Integer> to = port(map, "to_port").or(() -> named.map(rule -> rule.ports().to()));
    Range range = map.entry("from_port").map(MapEntry::range).orElse(ruleRange(map));
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("from_port", range, List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), Math.max(0, to.get())), "from_port", range, List.of());
  }

  private static Optional<Integer> port(MapValue map, String key) {
    return map.get(key).flatMap(Value::asNumber).map(BigDecimal::intValue);
  }

  /** The comma-separated address ranges of {@code entry}, each located at the entry. */
  private static List<Located<String>> split(MapEntry entry, String path) {
    Value value = entry.value();
    Optional<String> text = value.asString();
    if (text.isEmpty()) {
      return List.of(Located.unknown(path, entry.range(), value.origin()));
    }
    List<Located<String>> sources = new ArrayList<>();
    for (String part : text.get().split(",")) {
      if (!part.isBlank()) {
        sources.add(Located.known(part.trim(), path, entry.range(), value.origin()));
      }
    }
    return sources;
  }
}

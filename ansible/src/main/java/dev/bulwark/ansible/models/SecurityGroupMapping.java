package dev.bulwark.ansible.models;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code amazon.aws.ec2_security_group} (formerly {@code ec2_group}) with its {@code rules} (ingress) and
 * {@code rules_egress}. A rule's {@code proto} defaults to {@code tcp}; {@code all} or {@code -1} means every port
 * whatever the port arguments say. Its ports are {@code from_port}/{@code to_port} (either alone stands for both),
 * or each entry of {@code ports} (a port or a {@code FROM-TO} range), which the module turns into one rule each.
 * Its sources are {@code cidr_ip} and {@code cidr_ipv6}, each a string or a list. Without {@code rules_egress} the
 * module gives the group an all-out egress rule (an empty list gives none). The group named {@code default} is its
 * VPC's default group.
 */
final class SecurityGroupMapping implements ModuleMapping {
  private static final Pattern PORT_RANGE = Pattern.compile("\\s*(-?\\d{1,6})\\s*(?:-\\s*(-?\\d{1,6})\\s*)?");
  private static final List<String> SOURCES = List.of("cidr_ip", "cidr_ipv6");

  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_security_group");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    List<FirewallRule> rules = new ArrayList<>();
    rules.addAll(rules(task, Direction.INGRESS, "rules"));
    if (Args.entry(task.attributes(), "rules_egress", "egress_rules").isPresent()) {
      rules.addAll(rules(task, Direction.EGRESS, "rules_egress", "egress_rules"));
    } else {
      rules.add(new FirewallRule(task, "", task.range(), Direction.EGRESS,
          Located.byDefault(Protocol.ALL, "rules_egress", task.range()),
          Located.byDefault(PortRange.ALL, "rules_egress", task.range()),
          List.of(Located.byDefault("0.0.0.0/0", "rules_egress", task.range()))));
    }
    boolean defaultGroup = Args.entry(task.attributes(), "name")
        .flatMap(entry -> entry.value().asString()).filter("default"::equals).isPresent();
    return List.of(new SecurityGroup(task, rules, defaultGroup));
  }

  private static List<FirewallRule> rules(Resource task, Direction direction, String... names) {
    Optional<MapEntry> entry = Args.entry(task.attributes(), names);
    List<Value> items = entry.flatMap(e -> e.value().asList()).orElse(List.of());
    List<FirewallRule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = entry.get().key() + "[" + i + "]";
      items.get(i).asMap().ifPresent(rule -> rules.addAll(rule(task, path, rule, direction)));
    }
    return rules;
  }

  private static List<FirewallRule> rule(Resource task, String path, MapValue rule, Direction direction) {
    Located<Protocol> protocol = protocol(rule);
    List<Located<String>> sources = sources(rule);
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      Located<PortRange> all = Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
      return List.of(new FirewallRule(task, path, rule.range(), direction, protocol, all, sources));
    }
    Optional<MapEntry> ports = Args.entry(rule, "ports");
    boolean fromTo = Args.entry(rule, "from_port", "to_port").isPresent();
    if (ports.isEmpty() || fromTo) {
      return List.of(new FirewallRule(task, path, rule.range(), direction, protocol, fromTo(rule), sources));
    }
    List<Value> entries = ports.get().value().asList().orElse(List.of(ports.get().value()));
    List<FirewallRule> rules = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      Value port = entries.get(k);
      String attribute = "ports[" + k + "]";
      Located<PortRange> range = port.asString().flatMap(SecurityGroupMapping::portRange)
          .map(parsed -> Located.known(parsed, attribute, port.range(), port.origin()))
          .orElseGet(() -> Located.unknown(attribute, port.range(), port.origin()));
      rules.add(new FirewallRule(task, path + "." + attribute, rule.range(), direction, protocol, range, sources));
    }
    return rules;
  }

  private static Located<Protocol> protocol(MapValue rule) {
    return Args.entry(rule, "proto")
        .map(entry -> entry.value().asString()
            .map(text -> Located.known(Protocol.parse(text), "proto", entry.range(), entry.value().origin()))
            .orElseGet(() -> Located.unknown("proto", entry.range(), entry.value().origin())))
        .orElseGet(() -> Located.byDefault(Protocol.TCP, "proto", rule.range()));
  }

  /** {@code from_port}/{@code to_port}; a negative port (ICMP's "any") counts from 0, as for Terraform. */
  private static Located<PortRange> fromTo(MapValue rule) {
    Optional<MapEntry> fromEntry = Args.entry(rule, "from_port");
    Optional<MapEntry> toEntry = Args.entry(rule, "to_port");
    Range range = fromEntry.or(() -> toEntry).map(MapEntry::range)
        .map(start -> toEntry.map(end -> start.span(end.range())).orElse(start))
        .orElse(rule.range());
    Optional<Integer> from = port(fromEntry).or(() -> port(toEntry));
    Optional<Integer> to = port(toEntry).or(() -> port(fromEntry));
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("from_port", range, List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), Math.max(0, to.get())), "from_port", range,
        List.of());
  }

  private static Optional<Integer> port(Optional<MapEntry> entry) {
    return entry.flatMap(e -> e.value().asNumber()).map(BigDecimal::intValue);
  }

  private static Optional<PortRange> portRange(String text) {
    Matcher matcher = PORT_RANGE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(matcher.group(1));
    int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
    return Optional.of(new PortRange(Math.max(0, Math.min(from, to)), Math.max(0, Math.max(from, to))));
  }

  private static List<Located<String>> sources(MapValue rule) {
    return sources(rule, SOURCES);
  }

  /** The address ranges of the arguments {@code keys} of {@code rule}: each a string or a list of strings. */
  static List<Located<String>> sources(MapValue rule, List<String> keys) {
    List<Located<String>> sources = new ArrayList<>();
    for (String key : keys) {
      Args.entry(rule, key).ifPresent(entry -> addSources(sources, key, entry.value()));
    }
    return sources;
  }

  /** A string, or a list of strings (nested lists, deprecated but accepted, are flattened). */
  private static void addSources(List<Located<String>> sources, String attribute, Value value) {
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      sources.add(value.asString()
          .map(cidr -> Located.known(cidr, attribute, value.range(), value.origin()))
          .orElseGet(() -> Located.unknown(attribute, value.range(), value.origin())));
      return;
    }
    for (int i = 0; i < items.get().size(); i++) {
      addSources(sources, attribute + "[" + i + "]", items.get().get(i));
    }
  }
}

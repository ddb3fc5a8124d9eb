package dev.bulwark.ansible.models;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_securitygroup} with its {@code rules}. The module's defaults for a rule are
 * permissive: {@code direction} {@code Inbound}, {@code access} {@code Allow}, {@code protocol} {@code *},
 * {@code source_address_prefix} {@code *} and {@code destination_port_range} {@code *}. A rule yields one firewall
 * rule per range of {@code destination_port_range} (a port, a range, {@code *}, or a list of them). A rule whose
 * {@code source_address_prefix} is {@code *} or not given, and that names {@code source_application_security_groups}
 * (a non-empty list, or a string, which Ansible makes a list of), comes from those groups, as the module then drops
 * the prefix: it has no address source, or an unknown one when the groups are not known.
 */
final class AzureSecurityGroupMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_securitygroup");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    Optional<MapEntry> entry = Args.entry(task.attributes(), "rules");
    List<Value> items = entry.flatMap(e -> e.value().asList()).orElse(List.of());
    List<FirewallRule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "rules[" + i + "]";
      items.get(i).asMap().ifPresent(rule -> rules.addAll(rule(task, path, rule)));
    }
    return List.of(new SecurityGroup(task, rules));
  }

  private static List<FirewallRule> rule(Resource task, String path, MapValue rule) {
    Optional<String> access = text(rule, "access", "allow");
    Optional<String> direction = text(rule, "direction", "inbound");
    if (!access.filter("allow"::equals).isPresent() || direction.isEmpty()
        || !(direction.get().equals("inbound") || direction.get().equals("outbound"))) {
      return List.of();
    }
    Located<Protocol> protocol = Args.entry(rule, "protocol")
        .map(entry -> Located.of(entry.value(), "protocol", entry.range(),
            value -> value.asString().map(Protocol::parse)))
        .orElseGet(() -> Located.byDefault(Protocol.ALL, "protocol", rule.range()));
    List<Located<String>> sources = sources(rule);
    Direction way = direction.get().equals("inbound") ? Direction.INGRESS : Direction.EGRESS;
    Optional<MapEntry> ports = Args.entry(rule, "destination_port_range");
    if (ports.isEmpty()) {
      return List.of(new FirewallRule(task, path, rule.range(), way, protocol,
          Located.byDefault(PortRange.ALL, "destination_port_range", rule.range()), sources));
    }
    return FirewallRule.perPortRange(task, path, way, protocol,
        PortRange.listed("destination_port_range", ports.get()), sources);
  }

  /** The address sources of {@code rule}, as the class describes them. */
  private static List<Located<String>> sources(MapValue rule) {
    Optional<MapEntry> prefix = Args.entry(rule, "source_address_prefix");
    Optional<MapEntry> groups = Args.entry(rule, "source_application_security_groups");
    boolean anyAddress = prefix.map(entry -> entry.value().asString().filter("*"::equals).isPresent()).orElse(true);
    if (groups.isPresent() && anyAddress) {
      Value value = groups.get().value();
      Optional<Boolean> named = value.asList().map(list -> !list.isEmpty())
          .or(() -> value.asString().map(text -> true));
      if (named.isEmpty()) {
        return List.of(Located.unknown("source_application_security_groups", groups.get().range(), value.origin()));
      }
      if (named.get()) {
        return List.of();
      }
    }
    return prefix.isPresent()
        ? SecurityGroupMapping.sources(rule, List.of("source_address_prefix"))
        : List.of(Located.byDefault("*", "source_address_prefix", rule.range()));
  }

  /** The argument in lower case, {@code whenMissing} when missing; empty when not a string. */
  private static Optional<String> text(MapValue rule, String key, String whenMissing) {
    Optional<MapEntry> entry = Args.entry(rule, key);
    if (entry.isEmpty()) {
      return Optional.of(whenMissing);
    }
    return entry.get().value().asString().map(value -> value.toLowerCase(Locale.ROOT));
  }
}

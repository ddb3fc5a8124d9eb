package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.NetworkAcl;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code amazon.aws.ec2_vpc_nacl} (formerly {@code community.aws.ec2_vpc_nacl}, which redirects to it) with the allow
 * rules of its {@code ingress} and {@code egress} lists. Each rule is a list {@code [rule number, protocol, action,
 * CIDR, ICMP type, ICMP code, first port, last port]}; protocol {@code -1} or {@code all} means every port. A rule
 * whose action is unknown is left out. Its fields are named as the module's documentation names them
 * ({@code cidr}, ...), after the rule's path.
 */
final class NetworkAclMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_vpc_nacl");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    List<FirewallRule> rules = new ArrayList<>();
    rules.addAll(rules(task, "ingress", Direction.INGRESS));
    rules.addAll(rules(task, "egress", Direction.EGRESS));
    return List.of(new NetworkAcl(task, rules));
  }

  private static List<FirewallRule> rules(Resource task, String key, Direction direction) {
    Optional<MapEntry> entry = Args.entry(task.attributes(), key);
    List<Value> items = entry.flatMap(e -> e.value().asList()).orElse(List.of());
    List<FirewallRule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = key + "[" + i + "]";
      Value item = items.get(i);
      List<Value> fields = item.asList().orElse(List.of());
      boolean allow = field(fields, 2).flatMap(Value::asString)
          .filter(action -> action.toLowerCase(Locale.ROOT).equals("allow")).isPresent();
      if (fields.size() < 4 || !allow) {
        continue;
      }
      Value protocolValue = fields.get(1);
      Located<Protocol> protocol = Located.of(protocolValue, "protocol", protocolValue.range(),
          value -> value.asString().map(Protocol::parse));
      Value cidr = fields.get(3);
      rules.add(new FirewallRule(task, path, item.range(), direction, protocol, ports(item, fields, protocol),
          List.of(Located.of(cidr, "cidr", cidr.range(), Value::asString))));
    }
    return rules;
  }

  private static Located<PortRange> ports(Value item, List<Value> fields, Located<Protocol> protocol) {
    if (protocol.value().filter(p -> p == Protocol.ALL).isPresent()) {
      return Located.known(PortRange.ALL, protocol.attribute(), protocol.range(), protocol.origin());
    }
    Optional<Integer> from = field(fields, 6).flatMap(Value::asNumber).map(BigDecimal::intValue);
    Optional<Integer> to = field(fields, 7).flatMap(Value::asNumber).map(BigDecimal::intValue);
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Located.unknown("from_port", item.range(), List.of());
    }
    return Located.known(new PortRange(Math.max(0, from.get()), to.get()), "from_port", item.range(), List.of());
  }

  private static Optional<Value> field(List<Value> fields, int index) {
    return index < fields.size() ? Optional.of(fields.get(index)) : Optional.empty();
  }
}

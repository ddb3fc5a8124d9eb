package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.NetworkAcl;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_network_acl} and {@code aws_default_network_acl} with the allow rules of their inline {@code ingress}
 * and {@code egress} blocks ({@code action}, {@code protocol}, {@code from_port}, {@code to_port},
 * {@code cidr_block}, {@code ipv6_cidr_block}), and each {@code aws_network_acl_rule} on its own (ingress unless
 * {@code egress = true}; {@code rule_action}). Protocol {@code -1} (or {@code all}) means every port. A rule whose
 * action is unknown is left out.
 */
final class NetworkAclMapping implements ModelMapping {
  private static final String RULE = "aws_network_acl_rule";
  private static final List<String> SOURCES = List.of("cidr_block", "ipv6_cidr_block");

  @Override
  public Set<String> types() {
    return Set.of("aws_network_acl", "aws_default_network_acl", RULE);
  }

  @Override
  public List<CloudModel> map(Resource acl, Module module) {
    List<FirewallRule> rules = new ArrayList<>();
    Resource owner = acl;
    if (acl.type().equals(RULE)) {
      owner = module.referredTo(acl, "network_acl_id").stream().findFirst().orElse(acl);
      MapValue attributes = acl.attributes();
      Optional<Boolean> egress = attributes.get("egress").map(value -> value.asBoolean()).orElse(Optional.of(false));
      if (allows(attributes, "rule_action") && egress.isPresent()) {
        rules.add(FirewallRules.read(acl, "", acl.range(), attributes,
            egress.get() ? Direction.EGRESS : Direction.INGRESS, "protocol", SOURCES));
      }
    } else {
      rules.addAll(FirewallRules.inline(acl, "ingress", Direction.INGRESS, block -> allows(block, "action"), SOURCES));
      rules.addAll(FirewallRules.inline(acl, "egress", Direction.EGRESS, block -> allows(block, "action"), SOURCES));
    }
    return List.of(new NetworkAcl(owner, rules));
  }

  private static boolean allows(MapValue block, String key) {
    return block.get(key).flatMap(Value::asString).map(action -> action.toLowerCase(Locale.ROOT))
        .filter("allow"::equals).isPresent();
  }
}

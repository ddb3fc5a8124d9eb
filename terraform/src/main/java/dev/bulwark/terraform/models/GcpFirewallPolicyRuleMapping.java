package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule of a Google Cloud firewall policy ({@code google_compute_firewall_policy_rule} for an organization or folder,
 * {@code google_compute_network_firewall_policy_rule} and {@code google_compute_region_network_firewall_policy_rule}
 * for a VPC network): with {@code action = "allow"}, each {@code layer4_configs} block of its {@code match} allows
 * its {@code ip_protocol} and {@code ports} from the {@code src_ip_ranges}, in the rule's {@code direction}. A rule
 * that denies, hands the decision on ({@code goto_next}) or inspects ({@code apply_security_profile_group}), a
 * disabled rule, and one whose action or direction is not known, allows nothing here.
 */
final class GcpFirewallPolicyRuleMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_compute_firewall_policy_rule", "google_compute_network_firewall_policy_rule",
        "google_compute_region_network_firewall_policy_rule");
  }

  @Override
  public List<CloudModel> map(Resource rule, Module module) {
    MapValue attributes = rule.attributes();
    boolean allows = attributes.get("action").flatMap(Value::asString).filter("allow"::equalsIgnoreCase).isPresent();
    boolean disabled = attributes.get("disabled").flatMap(Value::asBoolean).orElse(false);
    Optional<Direction> direction = GcpFirewallMapping.direction(rule);
    Optional<MapValue> match = NestedBlocks.of(attributes, "match").known().stream().findFirst();
    if (!allows || disabled || direction.isEmpty() || match.isEmpty()) {
      return List.of(new SecurityGroup(rule, List.of()));
    }
    List<Located<String>> sources = FirewallRules.sources(match.get(), List.of("src_ip_ranges"));
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> configs = NestedBlocks.of(match.get(), "layer4_configs").items();
    for (int i = 0; i < configs.size(); i++) {
      String path = "match.layer4_configs[" + i + "]";
      configs.get(i).asMap().ifPresent(config ->
          rules.addAll(GcpFirewallMapping.allowed(rule, path, config, "ip_protocol", direction.get(), sources)));
    }
    return List.of(new SecurityGroup(rule, rules));
  }
}

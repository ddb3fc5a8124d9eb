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
 * The rules of Google Cloud firewall policies: a rule resource ({@code google_compute_firewall_policy_rule} for an
 * organization or folder, {@code google_compute_network_firewall_policy_rule} and
 * {@code google_compute_region_network_firewall_policy_rule} for a VPC network), or each {@code rule} block of a
 * policy declared with its rules ({@code google_compute_network_firewall_policy_with_rules} and its regional twin).
 * A rule with {@code action = "allow"} allows each layer-4 block of its {@code match} ({@code layer4_configs}, or
 * {@code layer4_config} in a policy with rules) for its {@code ip_protocol} and {@code ports} from the
 * {@code src_ip_ranges}, in the rule's {@code direction} ({@code INGRESS} when missing). A rule that denies, hands the
 * decision on ({@code goto_next}) or inspects ({@code apply_security_profile_group}), a disabled rule, and one whose
 * action or direction is not known, allows nothing here.
 */
final class GcpFirewallPolicyRuleMapping implements ModelMapping {
  private static final Set<String> WITH_RULES = Set.of("google_compute_network_firewall_policy_with_rules",
      "google_compute_region_network_firewall_policy_with_rules");

  @Override
  public Set<String> types() {
    return Set.of("google_compute_firewall_policy_rule", "google_compute_network_firewall_policy_rule",
        "google_compute_region_network_firewall_policy_rule", "google_compute_network_firewall_policy_with_rules",
        "google_compute_region_network_firewall_policy_with_rules");
  }

  @Override
  public List<CloudModel> map(Resource policy, Module module) {
    if (!WITH_RULES.contains(policy.type())) {
      return List.of(new SecurityGroup(policy, allowed(policy, "", policy.attributes(), "layer4_configs")));
    }
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> blocks = NestedBlocks.of(policy.attributes(), "rule").items();
    for (int i = 0; i < blocks.size(); i++) {
      String path = "rule[" + i + "].";
      blocks.get(i).asMap().ifPresent(rule -> rules.addAll(allowed(policy, path, rule, "layer4_config")));
    }
    return List.of(new SecurityGroup(policy, rules));
  }

  /** What one rule ({@code rule}, at {@code path} in {@code policy}) allows; nothing unless it is known to allow. */
  private static List<FirewallRule> allowed(Resource policy, String path, MapValue rule, String layer4) {
    boolean allows = rule.get("action").flatMap(Value::asString).filter("allow"::equalsIgnoreCase).isPresent();
    boolean disabled = rule.get("disabled").flatMap(Value::asBoolean).orElse(false);
    Optional<Direction> direction = GcpFirewallMapping.direction(rule);
    Optional<MapValue> match = NestedBlocks.of(rule, "match").known().stream().findFirst();
    if (!allows || disabled || direction.isEmpty() || match.isEmpty()) {
      return List.of();
    }
    List<Located<String>> sources = FirewallRules.sources(match.get(), List.of("src_ip_ranges"));
    List<FirewallRule> rules = new ArrayList<>();
    List<Value> configs = NestedBlocks.of(match.get(), layer4).items();
    for (int i = 0; i < configs.size(); i++) {
      String at = path + "match." + layer4 + "[" + i + "]";
      configs.get(i).asMap().ifPresent(config ->
          rules.addAll(GcpFirewallMapping.allowed(policy, at, config, "ip_protocol", direction.get(), sources)));
    }
    return rules;
  }
}

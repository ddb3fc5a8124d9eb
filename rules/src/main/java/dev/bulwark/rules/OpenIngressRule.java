package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * BW201: a security group rule that lets the whole internet ({@code 0.0.0.0/0} or {@code ::/0}) reach a sensitive
 * port (remote administration, databases, caches) or every port.
 */
@RuleInfo(
    id = "BW201",
    name = "security-group-open-ingress",
    title = "Security group allows ingress from the internet to a sensitive port or to all ports",
    severity = Severity.HIGH,
    category = Category.OPEN_SECURITY_GROUP,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Restrict `cidr_blocks` / `ipv6_cidr_blocks` of the `ingress` rule to the address ranges that "
                + "need access, or reach the service through a bastion, VPN or load balancer."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Restrict `CidrIp` / `CidrIpv6` of the ingress rule (inline `SecurityGroupIngress` or an "
                + "`AWS::EC2::SecurityGroupIngress` resource) to the address ranges that need access."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Restrict `cidr_ip` / `cidr_ipv6` of the rule in `rules` of the `amazon.aws.ec2_security_group` "
                + "task to the address ranges that need access, or use `group_id` to admit a bastion's group."),
    },
    references = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://www.cisecurity.org/benchmark/amazon_web_services (CIS AWS Foundations 5.2, 5.3)",
    },
    checkov = {"CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_277"},
    kics = {"381c3f2a-ef6f-4eff-99f7-b169cda3422c", "65905cec-d691-4320-b320-2000436cb696",
        "151187cb-0efc-481c-babd-ad24e3c9bc22"},
    trivy = {"AVD-AWS-0107"})
final class OpenIngressRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SecurityGroup group : context.models(SecurityGroup.class)) {
      for (FirewallRule rule : group.rules()) {
        if (rule.direction() == Direction.INGRESS) {
          InternetExposure.of(rule).forEach(exposure -> report(context, group, exposure));
        }
      }
    }
  }

  private static void report(RuleContext context, SecurityGroup group, InternetExposure exposure) {
    FirewallRule rule = exposure.rule();
    List<RelatedLocation> related = new ArrayList<>(exposure.related());
    if (!rule.declaredBy().equals(group.resource())) {
      related.add(new RelatedLocation(group.resource().range(), "the firewall the rule belongs to"));
    }
    context.report(new Violation(rule.declaredBy(), exposure.attribute(), exposure.range(),
        "Firewall `" + group.resource().address() + "` allows ingress from " + exposure.source().value().orElseThrow()
            + " to " + exposure.exposure() + FactText.when(exposure.condition()) + ": restrict `"
            + exposure.sourceName() + "` to the addresses that need it.",
        related));
  }
}

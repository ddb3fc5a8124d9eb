package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.NetworkAcl;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/**
 * BW202: a network ACL allow rule that admits the whole internet to a sensitive port or to every port. One finding
 * per rule, exposure and internet source, at the source, like BW201.
 */
@RuleInfo(
    id = "BW202",
    name = "network-acl-open-ingress",
    title = "Network ACL allows ingress from the internet to a sensitive port or to all ports",
    severity = Severity.MEDIUM,
    category = Category.OPEN_SECURITY_GROUP,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Restrict `cidr_block` / `ipv6_cidr_block` of the allow rule (an `ingress` block of "
                + "`aws_network_acl`, or an `aws_network_acl_rule`) to the address ranges that need access, or "
                + "narrow its ports."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Restrict `CidrBlock` / `Ipv6CidrBlock` of the `AWS::EC2::NetworkAclEntry` with "
                + "`RuleAction: allow`, or narrow its `PortRange`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Restrict the CIDR (fourth item) of the allow rule in `ingress` of the "
                + "`amazon.aws.ec2_vpc_nacl` task, or narrow its ports (last two items)."),
    },
    references = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://www.cisecurity.org/benchmark/amazon_web_services (CIS AWS Foundations 5.1)",
    },
    checkov = {"CKV_AWS_229", "CKV_AWS_230", "CKV_AWS_231", "CKV_AWS_232", "CKV_AWS_352"},
    kics = {"3af7f2fd-06e6-4dab-b996-2912bea19ba4", "a20be318-cac7-457b-911d-04cc6e812c25"},
    trivy = {"AVD-AWS-0102", "AVD-AWS-0105"})
final class OpenNetworkAclRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (NetworkAcl acl : context.models(NetworkAcl.class)) {
      for (FirewallRule rule : acl.allowRules()) {
        if (rule.direction() == Direction.INGRESS && !returnTraffic(rule)) {
          InternetExposure.of(rule).forEach(exposure -> context.report(new Violation(rule.declaredBy(),
              exposure.attribute(), exposure.range(),
              "Network ACL `" + acl.resource().address() + "` allows ingress from "
                  + exposure.source().value().orElseThrow() + " to " + exposure.exposure()
                  + FactText.when(exposure.condition()) + ": restrict `" + exposure.sourceName()
                  + "` to the addresses that need it.",
              exposure.related())));
        }
      }
    }
  }

  /**
   * Whether {@code rule} is the rule a stateless ACL needs for the replies to its subnets' own outbound connections:
   * TCP or UDP to ephemeral ports only (from 1024 or above up to 65535), as AWS's own ACL examples allow from
   * {@code 0.0.0.0/0}. A security group, which is stateful, still decides what reaches a listening service there.
   */
  private static boolean returnTraffic(FirewallRule rule) {
    boolean tcpOrUdp = rule.protocol().value().filter(protocol -> protocol == Protocol.TCP
        || protocol == Protocol.UDP).isPresent();
    return tcpOrUdp && rule.ports().value().filter(ports -> ports.from() >= 1024 && ports.to() == 65535).isPresent();
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;
import java.util.List;
import java.util.Locale;

/**
 * BW203: a VPC's default security group with a rule. Everything launched without a group lands in the default one,
 * so it should allow no traffic at all; each of its rules is reported where it is declared.
 */
@RuleInfo(
    id = "BW203",
    name = "default-security-group-allows-traffic",
    title = "Default security group allows traffic",
    severity = Severity.MEDIUM,
    category = Category.OPEN_SECURITY_GROUP,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Remove the `ingress` and `egress` blocks (and attached rule resources) of the "
                + "`aws_default_security_group`: Terraform then strips every rule from the default group. Put the "
                + "rules on a security group of their own."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Remove the `AWS::EC2::SecurityGroupIngress` / `...Egress` resources whose `GroupId` is a VPC's "
                + "`DefaultSecurityGroup`, and put the rules on an `AWS::EC2::SecurityGroup` of their own."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Give the `amazon.aws.ec2_security_group` task for the group named `default` empty `rules` and "
                + "`rules_egress` lists (without `rules_egress` the module adds an all-out rule), and put the rules "
                + "on a group of their own."),
    },
    references = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        "https://www.cisecurity.org/benchmark/amazon_web_services (CIS AWS Foundations 5.4)",
    },
    checkov = {"CKV2_AWS_12"},
    kics = {"9a4ef195-74b9-4c58-b8ed-2b2fe4353a75", "46883ce1-dc3e-4b17-9195-c6a601624c73",
        "8010e17a-00e9-4635-a692-90d6bcec68bd", "ea33fcf7-394b-4d11-a228-985c5d08f205"},
    trivy = {"AVD-AWS-0173"})
final class DefaultSecurityGroupTrafficRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SecurityGroup group : context.models(SecurityGroup.class)) {
      if (group.defaultGroup()) {
        group.rules().forEach(rule -> report(context, group, rule));
      }
    }
  }

  private static void report(RuleContext context, SecurityGroup group, FirewallRule rule) {
    String direction = rule.direction().name().toLowerCase(Locale.ROOT);
    String what = rule.ports().byDefault()
        ? "the module's default " + direction + " rule"
        : "an " + direction + " rule";
    boolean ownResource = rule.attribute().isEmpty() && !rule.ports().byDefault();
    String problem = ownResource && rule.declaredBy().equals(group.resource())
        ? "`" + rule.declaredBy().address() + "` adds " + what + " to a VPC's default security group"
        : "Default security group `" + group.resource().address() + "` has " + what;
    List<RelatedLocation> related = rule.declaredBy().equals(group.resource()) ? List.of()
        : List.of(new RelatedLocation(group.resource().range(), "the default security group"));
    context.report(new Violation(rule.declaredBy(), rule.attribute(),
        ownResource ? rule.declaredBy().range() : rule.range(),
        problem + ": the default group should allow no traffic; move the rule to a group of its own.", related));
  }
}

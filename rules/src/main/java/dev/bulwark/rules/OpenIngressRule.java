package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * BW201: a firewall rule (AWS security group, Azure network security group, Google Cloud VPC firewall) that lets
 * the whole internet ({@code 0.0.0.0/0}, {@code ::/0}, Azure's {@code *}/{@code Internet}/{@code Any}) reach a
 * sensitive port (remote administration, file sharing, databases, caches) or every port. One finding per rule (or
 * port range of a rule that lists several), exposure and internet source, at the source: the value to restrict
 * (at the port range for Azure and Google Cloud rules, whose port lists share their source).
 */
@RuleInfo(
    id = "BW201",
    name = "security-group-open-ingress",
    title = "Firewall allows ingress from the internet to a sensitive port or to all ports",
    severity = Severity.HIGH,
    category = Category.OPEN_SECURITY_GROUP,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Restrict the rule's sources (`cidr_blocks` / `ipv6_cidr_blocks` of an AWS `ingress` rule, "
                + "`source_address_prefix(es)` of an Azure `security_rule`, `source_ranges` of a "
                + "`google_compute_firewall`) to the address ranges that need access, or reach the service through "
                + "a bastion, VPN or load balancer. Give the `remote_access` of an `aws_eks_node_group` that names an "
                + "`ec2_ssh_key` the `source_security_group_ids` that may reach its nodes over SSH."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Restrict `CidrIp` / `CidrIpv6` of the ingress rule (inline `SecurityGroupIngress` or an "
                + "`AWS::EC2::SecurityGroupIngress` resource) to the address ranges that need access. Give the "
                + "`RemoteAccess` of an `AWS::EKS::Nodegroup` that names an `Ec2SshKey` the `SourceSecurityGroups` "
                + "that may reach its nodes over SSH."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Restrict `cidr_ip` / `cidr_ipv6` of the rule in `rules` of `amazon.aws.ec2_security_group` (or "
                + "use `group_id` to admit a bastion's group), `source_address_prefix` of the rule of "
                + "`azure.azcollection.azure_rm_securitygroup` (it defaults to `*`), or `source_ranges` of "
                + "`google.cloud.gcp_compute_firewall`, to the address ranges that need access."),
    },
    references = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
        "https://cloud.google.com/firewall/docs/firewalls",
        "https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html",
        "https://www.cisecurity.org/benchmark/amazon_web_services (CIS AWS Foundations 5.2, 5.3)",
    },
    checkov = {"CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_277", "CKV_AZURE_9", "CKV_AZURE_10", "CKV_GCP_2", "CKV_GCP_3",
        "CKV_GCP_75", "CKV_GCP_77", "CKV_GCP_88", "CKV_AZURE_246", "CKV2_GCP_12", "CKV_AWS_100"},
    cfnNag = {"W2"},
    kics = {"381c3f2a-ef6f-4eff-99f7-b169cda3422c", "65905cec-d691-4320-b320-2000436cb696",
        "151187cb-0efc-481c-babd-ad24e3c9bc22", "54c417bf-c762-48b9-9d31-b3d87047e3f0",
        "594c198b-4d79-41b8-9b36-fde13348b619", "3e3c175e-aadf-4e2b-a464-3fdac5748d24",
        "efbf6449-5ec5-4cfe-8f15-acc51e0d787c", "c4dcdcdf-10dd-4bf4-b4a0-8f6239e6aaa0",
        "678fd659-96f2-454a-a2a0-c2571f83a4a3", "494b03d3-bf40-4464-8524-7c56ad0700ed",
        "78055456-f670-4d2e-94d5-392d1cf4f5e4", "e415f8d3-fc2b-4f52-88ab-1129e8c8d3f5",
        "c9846969-d066-431f-9b34-8c4abafe422a", "3ae83918-7ec7-4cb8-80db-b91ef0f94002",
        "cdbb0467-2957-4a77-9992-7b55b29df7b7", "adcd0082-e90b-4b63-862b-21899f6e6a48",
        "6e856af2-62d7-4ba2-adc1-73b62cef9cc1", "eda7301d-1f3e-47cf-8d4e-976debc64341",
        "ea6bc7a6-d696-4dcf-a788-17fa03c17c81", "57ced4b9-6ba4-487b-8843-b65562b90c77",
        "7af1c447-c014-4f05-bd8b-ebe3a15734ac", "0ac9abbc-6d7a-41cf-af23-2e57ddb3dbfc",
        "75418eb9-39ec-465f-913c-6f2b6a80dc77", "b2fbf1df-76dd-4d78-a6c0-e538f4a9b016",
        "0956aedf-6a7a-478b-ab56-63e2b19923ad", "9564406d-e761-4e61-b8d7-5926e3ab8e79",
        "f0d8781f-99bf-4958-9917-d39283b168a0", "1e0ef61b-ad85-4518-a3d3-85eaad164885",
        "ba40ace1-a047-483c-8a8d-bc2d3a67a82d", "73d59e76-a12c-4b74-a3d8-d3e1e19c25b3"},
    trivy = {"AVD-AWS-0107", "AVD-AZU-0047", "AVD-AZU-0048", "AVD-AZU-0050", "AVD-GCP-0027", "AVD-AZU-0074",
        "AVD-GCP-0070", "AVD-GCP-0071"})
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
    Located<String> source = exposure.source();
    String from = source.byDefault()
        ? source.value().orElseThrow() + " (the default when no source is set)"
        : source.value().orElseThrow();
    context.report(new Violation(rule.declaredBy(), exposure.attribute(), exposure.range(),
        "Firewall `" + group.resource().address() + "` allows ingress from " + from + " to " + exposure.exposure()
            + FactText.when(exposure.condition()) + ": " + (source.byDefault() ? "set `" : "restrict `")
            + exposure.sourceName() + "` to the " + (namesGroups(exposure.sourceName())
            ? "security groups" : "addresses") + " that need it"
            + (rule.sharedSources() ? ", or take the service out of this rule's ports." : "."),
        related));
  }

  /** Whether the source attribute lists security groups ({@code source_security_group_ids}), not addresses. */
  private static boolean namesGroups(String attribute) {
    return attribute.contains("security_group") || attribute.contains("SecurityGroup");
  }
}

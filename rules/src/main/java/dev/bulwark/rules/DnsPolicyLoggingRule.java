package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DnsPolicy;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW424: a Cloud DNS server policy that does not log the queries of the networks it is bound to. */
@RuleInfo(
    id = "BW424",
    name = "dns-policy-logging-disabled",
    title = "DNS policy does not log the queries of its networks",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enable_logging = true` in the `google_dns_policy` bound to the networks."),
    },
    references = {
        "https://cloud.google.com/dns/docs/monitoring#using_logging",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_policy",
        "https://www.cisecurity.org/benchmark/google_cloud_computing_platform (CIS Google Cloud 2.12)",
    },
    kics = {"cc9e464e-5abc-4c8f-8077-a9aa7ebe6a05"})
final class DnsPolicyLoggingRule extends FactRule<DnsPolicy> {
  DnsPolicyLoggingRule() {
    super(DnsPolicy.class, false);
  }

  @Override
  Fact fact(DnsPolicy policy) {
    return policy.queryLogging();
  }

  @Override
  String problem(DnsPolicy policy, String address) {
    return "DNS policy " + address + " does not log the queries of the networks it is bound to";
  }
}

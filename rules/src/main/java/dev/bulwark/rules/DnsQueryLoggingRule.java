package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DnsZone;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW416: a public DNS zone (Route 53, Cloud DNS) whose queries are not logged. */
@RuleInfo(
    id = "BW416",
    name = "dns-query-logging-disabled",
    title = "Public DNS zone has no query logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_route53_query_log` whose `zone_id` is this zone's `zone_id`, with a CloudWatch log "
                + "group in us-east-1; for a `google_dns_managed_zone`, add `cloud_logging_config { enable_logging = "
                + "true }`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `QueryLoggingConfig` with a `CloudWatchLogsLogGroupArn` to the `AWS::Route53::HostedZone`."),
    },
    references = {
        "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log",
        "https://cloud.google.com/dns/docs/monitoring",
    },
    checkov = {"CKV2_AWS_39"},
    kics = {"7dbba512-e244-42dc-98bb-422339827967", "0f0fb06b-0f2f-4374-8588-f2c7c348c7a0"})
final class DnsQueryLoggingRule extends FactRule<DnsZone> {
  DnsQueryLoggingRule() {
    super(DnsZone.class, false);
  }

  @Override
  Fact fact(DnsZone zone) {
    return zone.queryLogging();
  }

  @Override
  String problem(DnsZone zone, String address) {
    return "DNS zone " + address + " does not log the queries it answers";
  }

  @Override
  String detail(Fact fact) {
    return FactText.notConfigured(fact);
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.rule.RuleInfo;

/** BW412: an OpenSearch or Elasticsearch domain that publishes no logs. */
@RuleInfo(
    id = "BW412",
    name = "search-domain-logging-disabled",
    title = "Search domain publishes no logs",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add a `log_publishing_options` block (for example `AUDIT_LOGS` or `INDEX_SLOW_LOGS`) with a "
                + "CloudWatch log group, and do not set its `enabled` to false."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `LogPublishingOptions` with an enabled log type and a `CloudWatchLogsLogGroupArn`."),
    },
    references = {
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html",
    },
    checkov = {"CKV_AWS_84"},
    kics = {"acb6b4e2-a086-4f35-aefd-4db6ea51ada2", "edbd62d4-8700-41de-b000-b3cfebb5e996"},
    trivy = {"AVD-AWS-0042"})
final class SearchDomainLoggingRule extends FactRule<SearchDomain> {
  SearchDomainLoggingRule() {
    super(SearchDomain.class, false);
  }

  @Override
  Fact fact(SearchDomain domain) {
    return domain.logging();
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault() ? "`" + fact.attribute() + "` is not set" : super.detail(fact);
  }

  @Override
  String problem(SearchDomain domain, String address) {
    return "Search domain " + address + " publishes no logs";
  }
}

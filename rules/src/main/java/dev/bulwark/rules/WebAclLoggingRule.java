package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.WebAcl;
import dev.bulwark.core.rule.RuleInfo;

/** BW421: an AWS WAF web ACL whose inspected requests are not logged. */
@RuleInfo(
    id = "BW421",
    name = "waf-web-acl-logging-disabled",
    title = "WAF web ACL has no logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_wafv2_web_acl_logging_configuration` whose `resource_arn` is the web ACL's `arn` and "
                + "whose `log_destination_configs` name a CloudWatch Logs group, S3 bucket or Firehose stream whose "
                + "name starts with `aws-waf-logs-`; give a WAF Classic `aws_waf_web_acl` a "
                + "`logging_configuration` block."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add an `AWS::WAFv2::LoggingConfiguration` whose `ResourceArn` is the web ACL's `Arn` and whose "
                + "`LogDestinationConfigs` name an `aws-waf-logs-` destination."),
    },
    references = {
        "https://docs.aws.amazon.com/waf/latest/developerguide/logging.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html",
    },
    checkov = {"CKV2_AWS_31", "CKV_AWS_176"},
    kics = {"3795666c-7407-44b1-8983-f1bf8f2460ac"})
final class WebAclLoggingRule extends FactRule<WebAcl> {
  WebAclLoggingRule() {
    super(WebAcl.class, false);
  }

  @Override
  Fact fact(WebAcl acl) {
    return acl.logging();
  }

  @Override
  String problem(WebAcl acl, String address) {
    return "Web ACL " + address + " does not log the requests it inspects";
  }

  @Override
  String detail(Fact fact) {
    return FactText.notConfigured(fact);
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.AuditTrail;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW420: a CloudTrail trail whose events reach S3 only, where no metric filter or alarm can watch them. */
@RuleInfo(
    id = "BW420",
    name = "cloudtrail-not-sent-to-cloudwatch-logs",
    title = "CloudTrail trail does not send its events to CloudWatch Logs",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `cloud_watch_logs_group_arn` (the log group's ARN followed by `:*`) and "
                + "`cloud_watch_logs_role_arn` on the `aws_cloudtrail`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn` on the `AWS::CloudTrail::Trail`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `cloudwatch_logs_log_group_arn` and `cloudwatch_logs_role_arn` on the `amazon.aws.cloudtrail` "
                + "task."),
    },
    references = {
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn",
    },
    checkov = {"CKV2_AWS_10"},
    kics = {"17b30f8f-8dfb-4597-adf6-57600b6cf25e", "65d07da5-9af5-44df-8983-52d2e6f24c44",
        "ebb2118a-03bc-4d53-ab43-d8750f5cb8d3"},
    trivy = {"AVD-AWS-0162"})
final class TrailCloudWatchRule extends FactRule<AuditTrail> {
  TrailCloudWatchRule() {
    super(AuditTrail.class, false);
  }

  @Override
  Fact fact(AuditTrail trail) {
    return trail.cloudWatchLogs();
  }

  @Override
  String problem(AuditTrail trail, String address) {
    return "Trail " + address + " sends its events to S3 only, where no metric filter or alarm watches them";
  }

  @Override
  String detail(Fact fact) {
    return "`" + fact.attribute() + (fact.byDefault() ? "` is not set" : "` names no log group");
  }
}

package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.GraphqlApi;
import dev.bulwark.core.rule.RuleInfo;

/** BW427: an AWS AppSync GraphQL API whose resolvers log nothing to CloudWatch Logs. */
@RuleInfo(
    id = "BW427",
    name = "graphql-api-logging-disabled",
    title = "GraphQL API has resolver logging off",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add a `log_config` block with a `cloudwatch_logs_role_arn` and `field_log_level = \"ERROR\"` (or "
                + "`ALL`) to the `aws_appsync_graphql_api`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `LogConfig` with a `CloudWatchLogsRoleArn` and `FieldLogLevel: ERROR` (or `ALL`) to the "
                + "`AWS::AppSync::GraphQLApi`; on a SAM `AWS::Serverless::GraphQLApi`, remove `Logging: false` or "
                + "set its `FieldLogLevel` to `ERROR` or `ALL`."),
    },
    references = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#cwl",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html",
    },
    checkov = {"CKV_AWS_193", "CKV_AWS_194"})
final class GraphqlApiLoggingRule extends FactRule<GraphqlApi> {
  GraphqlApiLoggingRule() {
    super(GraphqlApi.class, false);
  }

  @Override
  Fact fact(GraphqlApi api) {
    return api.resolverLogging();
  }

  @Override
  String problem(GraphqlApi api, String address) {
    return "GraphQL API " + address + " does not log its resolvers";
  }

  /** Which setting is missing, or "its field log level is `NONE`". */
  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` is set, so the API logs nothing to CloudWatch Logs"
        : "its field log level (`" + fact.attribute() + "`) is `NONE`";
  }
}

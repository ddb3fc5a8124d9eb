package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW408: an API Gateway stage that delivers no access logs. */
@RuleInfo(
    id = "BW408",
    name = "api-stage-access-logging-disabled",
    title = "API stage has no access logging",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `access_log_settings { destination_arn = ... }` block to the `aws_api_gateway_stage` or "
                + "`aws_apigatewayv2_stage`; instead of a deployment's `stage_name`, declare the stage as an "
                + "`aws_api_gateway_stage` with access logging."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `AccessLogSetting.DestinationArn` on `AWS::ApiGateway::Stage` (on a deployment, "
                + "`StageDescription.AccessLogSetting.DestinationArn`), `AccessLogSettings.DestinationArn` on "
                + "`AWS::ApiGatewayV2::Stage`."),
    },
    references = {
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage",
    },
    checkov = {"CKV_AWS_76", "CKV_AWS_95"},
    cfnNag = {"W45", "W46", "W69"},
    kics = {"1b6799eb-4a7a-4b04-9001-8cceb9999326", "625abc0e-f980-4ac9-a775-f7519ee34296",
        "80d45af4-4920-4236-a56e-b7ef419d1941", "06ec63e3-9f72-4fe2-a218-2eb9200b8db5",
        "9111f9a5-6b80-40f9-bc82-c05f970779c3"},
    trivy = {"AVD-AWS-0001", "AVD-AWS-0113", "AVD-AWS-0116"})
final class ApiAccessLoggingRule extends FactRule<ApiStage> {
  ApiAccessLoggingRule() {
    super(ApiStage.class, false);
  }

  @Override
  Fact fact(ApiStage stage) {
    return stage.accessLogs();
  }

  @Override
  String problem(ApiStage stage, String address) {
    return ApiStageSubject.of(stage, address) + " has no access logging";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` is configured"
        : "`" + fact.attribute() + "` delivers no logs";
  }
}

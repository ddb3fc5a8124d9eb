package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW409: an API Gateway stage whose execution logging is off. */
@RuleInfo(
    id = "BW409",
    name = "api-stage-execution-logging-disabled",
    title = "API stage has execution logging off",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add an `aws_api_gateway_method_settings` with `method_path = \"*/*\"` and "
                + "`settings { logging_level = \"ERROR\" }` (or `INFO`) for the REST API stage; set "
                + "`default_route_settings { logging_level = \"ERROR\" }` on a WebSocket API's "
                + "`aws_apigatewayv2_stage`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `MethodSettings` with `ResourcePath: /*`, `HttpMethod: \"*\"` and `LoggingLevel: ERROR` (or "
                + "`INFO`) to `AWS::ApiGateway::Stage` (on a deployment, `StageDescription.LoggingLevel`); set "
                + "`DefaultRouteSettings.LoggingLevel` on a WebSocket API's `AWS::ApiGatewayV2::Stage`."),
    },
    references = {
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings",
    },
    checkov = {"CKV2_AWS_4"},
    kics = {"982aa526-6970-4c59-8b9b-2ce7e019fe36", "1b6799eb-4a7a-4b04-9001-8cceb9999326",
        "80d45af4-4920-4236-a56e-b7ef419d1941"})
final class ApiExecutionLoggingRule extends FactRule<ApiStage> {
  ApiExecutionLoggingRule() {
    super(ApiStage.class, false);
  }

  @Override
  Fact fact(ApiStage stage) {
    return stage.executionLogging();
  }

  @Override
  String problem(ApiStage stage, String address) {
    return ApiStageSubject.of(stage, address) + " has execution logging off";
  }

  @Override
  String detail(Fact fact) {
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and the level is OFF by default"
        : "`" + fact.attribute() + "` turns logging off";
  }
}

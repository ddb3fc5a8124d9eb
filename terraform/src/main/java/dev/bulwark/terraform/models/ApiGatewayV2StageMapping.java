package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_apigatewayv2_stage}: access logging is its {@code access_log_settings} (none by default). Execution
 * logging exists for WebSocket APIs only: the {@code logging_level} of {@code default_route_settings}, {@code OFF}
 * when missing. The API is the {@code aws_apigatewayv2_api} that {@code api_id} refers to; an HTTP API has no
 * execution logs to turn on, and when the API is not in the unit a missing level is unknown.
 */
final class ApiGatewayV2StageMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_apigatewayv2_stage");
  }

  @Override
  public List<CloudModel> map(Resource stage, Module module) {
    NestedBlocks accessLogs = NestedBlocks.of(stage.attributes(), "access_log_settings");
    Fact access = accessLogs.isMissing()
        ? Fact.byDefault(false, "access_log_settings", stage.range())
        : accessLogs.presence("access_log_settings");
    return List.of(new ApiStage(stage, access, executionLogging(stage, module)));
  }

  private static Fact executionLogging(Resource stage, Module module) {
    return ApiStage.v2ExecutionLogging(protocol(stage, module),
        ExecutionLogging.of(stage.attributes(), "default_route_settings", stage.range()), "protocol_type",
        stage.range());
  }

  private static Optional<String> protocol(Resource stage, Module module) {
    return module.referredTo(stage, "api_id").stream()
        .filter(api -> api.type().equals("aws_apigatewayv2_api"))
        .findFirst()
        .flatMap(api -> api.attributes().get("protocol_type"))
        .flatMap(value -> value.asString())
        .map(text -> text.toUpperCase(Locale.ROOT));
  }
}

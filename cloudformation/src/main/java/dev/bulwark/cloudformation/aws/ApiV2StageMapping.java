package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::ApiGatewayV2::Stage} and the stage of a SAM {@code AWS::Serverless::HttpApi} (with the template's
 * {@code Globals.HttpApi} applied): access logging is {@code AccessLogSettings} with a {@code DestinationArn}, none
 * by default. Execution logging exists for WebSocket APIs only: {@code DefaultRouteSettings.LoggingLevel},
 * {@code OFF} when missing. The API is the {@code AWS::ApiGatewayV2::Api} that {@code ApiId} refers to; an HTTP
 * API has no execution logs to turn on, and when the API is not in the template a missing level is unknown.
 */
final class ApiV2StageMapping implements ModelMapping {
  private static final String SAM_HTTP_API = "AWS::Serverless::HttpApi";

  @Override
  public Set<String> types() {
    return Set.of("AWS::ApiGatewayV2::Stage", SAM_HTTP_API);
  }

  @Override
  public List<CloudModel> map(Resource stage, Stack stack) {
    return List.of(new ApiStage(stage, ApiLogging.accessLogs(stage, "AccessLogSettings"),
        executionLogging(stage, stack.graph())));
  }

  private static Fact executionLogging(Resource stage, ResourceGraph graph) {
    Optional<String> protocol = stage.type().equals(SAM_HTTP_API) ? Optional.of("HTTP") : protocol(stage, graph);
    return ApiStage.v2ExecutionLogging(protocol, ApiLogging.level(stage, "DefaultRouteSettings", ApiLogging.LEVEL),
        "ProtocolType", stage.range());
  }

  private static Optional<String> protocol(Resource stage, ResourceGraph graph) {
    return graph.referencesFrom(stage).stream()
        .filter(reference -> reference.attribute().equals("ApiId"))
        .flatMap(reference -> graph.resource(reference.to()).stream())
        .filter(api -> api.type().equals("AWS::ApiGatewayV2::Api"))
        .findFirst()
        .flatMap(api -> api.attributes().get("ProtocolType"))
        .flatMap(value -> value.asString())
        .map(text -> text.toUpperCase(Locale.ROOT));
  }
}

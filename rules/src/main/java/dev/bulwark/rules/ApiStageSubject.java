package dev.bulwark.rules;

import dev.bulwark.core.model.ApiStage;
import java.util.Set;

/** How a finding names an API stage: by itself, or as the stage a deployment creates. */
final class ApiStageSubject {
  private static final Set<String> DEPLOYMENTS = Set.of("AWS::ApiGateway::Deployment", "aws_api_gateway_deployment");

  private ApiStageSubject() {}

  static String of(ApiStage stage, String address) {
    return DEPLOYMENTS.contains(stage.resource().type())
        ? "The stage that deployment " + address + " creates"
        : "API stage " + address;
  }
}

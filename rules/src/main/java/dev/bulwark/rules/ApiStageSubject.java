package dev.bulwark.rules;

import dev.bulwark.core.model.ApiStage;

/** How a finding names an API stage: by itself, or as the stage a deployment creates. */
final class ApiStageSubject {
  private ApiStageSubject() {}

  static String of(ApiStage stage, String address) {
    return stage.byDeployment() ? "The stage that deployment " + address + " creates" : "API stage " + address;
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::Stage}, the stage a SAM {@code AWS::Serverless::Api} creates (with the template's
 * {@code Globals.Api} applied), and the stage an {@code AWS::ApiGateway::Deployment} creates through
 * {@code StageName}, configured by its {@code StageDescription}. Access logging: {@code AccessLogSetting} with a
 * {@code DestinationArn}, none by default. Execution logging: {@code MethodSettings} (or a deployment's
 * {@code StageDescription.LoggingLevel} and {@code MethodSettings}) with a {@code LoggingLevel} on; {@code OFF}
 * by default. A stage whose cache cluster is enabled has a response cache too ({@link ApiCacheEncryption}).
 */
final class ApiStageMapping implements ModelMapping {
  private static final String DEPLOYMENT = "AWS::ApiGateway::Deployment";
  private static final String DESCRIPTION = "StageDescription";

  @Override
  public Set<String> types() {
    return Set.of("AWS::ApiGateway::Stage", "AWS::Serverless::Api", DEPLOYMENT);
  }

  /** A deployment without a stage name creates no stage. */
  @Override
  public boolean applies(Resource resource, Stack stack) {
    return !resource.type().equals(DEPLOYMENT) || resource.attribute("StageName")
        .filter(entry -> !(entry.value() instanceof NullValue))
        .filter(entry -> entry.value().asString().filter(String::isEmpty).isEmpty())
        .isPresent();
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    List<CloudModel> models = new ArrayList<>();
    if (resource.type().equals(DEPLOYMENT)) {
      Fact execution = Fact.any(List.of(ApiLogging.level(resource, DESCRIPTION, ApiLogging.LEVEL),
          ApiLogging.methodSettings(resource, DESCRIPTION, "MethodSettings")));
      models.add(new ApiStage(resource, ApiLogging.accessLogs(resource, DESCRIPTION, "AccessLogSetting"),
          execution, true));
      ApiCacheEncryption.of(resource, DESCRIPTION).ifPresent(models::add);
    } else {
      models.add(new ApiStage(resource, ApiLogging.accessLogs(resource, "AccessLogSetting"),
          ApiLogging.methodSettings(resource, "MethodSettings")));
      ApiCacheEncryption.of(resource).ifPresent(models::add);
    }
    return models;
  }
}

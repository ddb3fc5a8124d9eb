package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REST API stages: {@code aws_api_gateway_stage}, and the stage an {@code aws_api_gateway_deployment} creates
 * through {@code stage_name} unless a stage resource of the unit manages a stage of that name. Access logging is the
 * stage's {@code access_log_settings} (none by default; a deployment cannot set it). Execution logging is the
 * {@code logging_level} of the {@code aws_api_gateway_method_settings} whose {@code stage_name} refers to the stage
 * or names it: {@code OFF} without one. When a stage name is unknown, what it would match is unknown too.
 */
final class ApiGatewayStageMapping implements ModelMapping {
  static final String STAGE = "aws_api_gateway_stage";
  static final String DEPLOYMENT = "aws_api_gateway_deployment";
  static final String METHOD_SETTINGS = "aws_api_gateway_method_settings";
  private static final String STAGE_NAME = "stage_name";

  @Override
  public Set<String> types() {
    return Set.of(STAGE, DEPLOYMENT);
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    if (resource.type().equals(STAGE)) {
      NestedBlocks accessLogs = NestedBlocks.of(resource.attributes(), "access_log_settings");
      Fact access = accessLogs.isMissing()
          ? Fact.byDefault(false, "access_log_settings", resource.range())
          : accessLogs.presence("access_log_settings");
      return List.of(new ApiStage(resource, access, executionLogging(resource, module)));
    }
    Optional<MapEntry> stageName = resource.attribute(STAGE_NAME).filter(e -> !(e.value() instanceof NullValue));
    Optional<String> name = stageName.flatMap(entry -> entry.value().asString());
    if (stageName.isEmpty() || name.filter(String::isEmpty).isPresent() || managedElsewhere(name, module)) {
      return List.of();
    }
    boolean someStageUnknown = module.ofType(STAGE).stream()
        .anyMatch(stage -> name.isEmpty() || stageName(stage).isEmpty());
    Fact access = someStageUnknown
        ? Fact.unknown(STAGE, resource.range(), List.of())
        : Fact.byDefault(false, STAGE, resource.range());
    return List.of(new ApiStage(resource, access, executionLogging(resource, module)));
  }

  private static boolean managedElsewhere(Optional<String> name, Module module) {
    return name.isPresent() && module.ofType(STAGE).stream().anyMatch(stage -> stageName(stage).equals(name));
  }

  private static Optional<String> stageName(Resource stage) {
    return stage.attributes().get(STAGE_NAME).flatMap(value -> value.asString());
  }

  private static Fact executionLogging(Resource stage, Module module) {
    Attachments settings = module.attachments(METHOD_SETTINGS, STAGE_NAME, Set.of(STAGE, DEPLOYMENT),
        Optional.of(STAGE_NAME));
    List<Resource> attached = settings.to(stage);
    if (attached.isEmpty()) {
      return settings.ambiguous()
          ? Fact.unknown(ExecutionLogging.LEVEL, stage.range(), List.of())
          : Fact.byDefault(false, ExecutionLogging.LEVEL, stage.range());
    }
    return Fact.any(attached.stream()
        .map(method -> ExecutionLogging.of(method.attributes(), "settings", method.range()))
        .toList());
  }
}

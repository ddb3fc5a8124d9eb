package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiCache;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REST API stages: {@code aws_api_gateway_stage}, and the stage an {@code aws_api_gateway_deployment} creates
 * through {@code stage_name} unless a stage resource of the unit manages a stage of that name. Access logging is the
 * stage's {@code access_log_settings} (none by default; a deployment cannot set it). Execution logging is the
 * {@code logging_level} of the {@code aws_api_gateway_method_settings} whose {@code stage_name} refers to the stage
 * or names it: {@code OFF} without one. When a stage name is unknown, what it would match is unknown too. A stage
 * whose {@code cache_cluster_enabled} is true has a response cache, encrypted as its method settings say (see
 * {@link #cacheEncryption}).
 */
final class ApiGatewayStageMapping implements ModelMapping {
  static final String STAGE = "aws_api_gateway_stage";
  static final String DEPLOYMENT = "aws_api_gateway_deployment";
  static final String METHOD_SETTINGS = "aws_api_gateway_method_settings";
  private static final String STAGE_NAME = "stage_name";
  private static final String CACHE_ENCRYPTED = "cache_data_encrypted";

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
      ApiStage stage = new ApiStage(resource, access, executionLogging(resource, module));
      return Fact.of(resource.attributes(), "cache_cluster_enabled", false, resource.range()).isTrue()
          ? List.of(stage, new ApiCache(resource, cacheEncryption(resource, module)))
          : List.of(stage);
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
    return List.of(new ApiStage(resource, access, executionLogging(resource, module), true));
  }

  private static boolean managedElsewhere(Optional<String> name, Module module) {
    return name.isPresent() && module.ofType(STAGE).stream().anyMatch(stage -> stageName(stage).equals(name));
  }

  private static Optional<String> stageName(Resource stage) {
    return stage.attributes().get(STAGE_NAME).flatMap(value -> value.asString());
  }

  private static Attachments methodSettings(Module module) {
    return module.attachments(METHOD_SETTINGS, STAGE_NAME, Set.of(STAGE, DEPLOYMENT), Optional.of(STAGE_NAME));
  }

  /**
   * Whether a stage's cache encrypts what it caches: {@code settings.cache_data_encrypted} (false by default) of each
   * of its method settings that does not turn caching off, and of its settings for every method (the method path of
   * two wildcards), without which the methods cached by default are not encrypted.
   */
  private static Fact cacheEncryption(Resource stage, Module module) {
    Attachments settings = methodSettings(module);
    List<Fact> facts = new ArrayList<>();
    boolean everyMethod = false;
    for (Resource method : settings.to(stage)) {
      everyMethod |= method.attributes().get("method_path").flatMap(value -> value.asString())
          .filter("*/*"::equals).isPresent();
      NestedBlocks blocks = NestedBlocks.of(method.attributes(), "settings");
      Optional<MapValue> block = blocks.known().stream().findFirst();
      if (block.isEmpty()) {
        facts.add(blocks.isMissing() ? Fact.byDefault(false, CACHE_ENCRYPTED, method.range())
            : blocks.presence(CACHE_ENCRYPTED));
      } else if (!Fact.of(block.get(), "caching_enabled", true, block.get().range()).isFalse()) {
        facts.add(Fact.of(block.get(), CACHE_ENCRYPTED, false, block.get().range()));
      }
    }
    if (!everyMethod) {
      facts.add(settings.ambiguous() ? Fact.unknown(CACHE_ENCRYPTED, stage.range(), List.of())
          : Fact.byDefault(false, CACHE_ENCRYPTED, stage.range()));
    }
    return Fact.all(facts);
  }

  private static Fact executionLogging(Resource stage, Module module) {
    Attachments settings = methodSettings(module);
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

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * API Gateway stage settings as CloudFormation writes them: an access log setting delivers logs when it has a
 * {@code DestinationArn}; a {@code LoggingLevel} writes execution logs at {@code ERROR} or {@code INFO} and is
 * {@code OFF} when missing. A missing setting is named by its whole path, e.g. a deployment's
 * {@code StageDescription.AccessLogSetting}, and located at the deepest enclosing key that exists.
 */
final class ApiLogging {
  static final String LEVEL = "LoggingLevel";

  private ApiLogging() {}

  /** Whether the access log setting at {@code path} (ending in its key) names a destination. */
  static Fact accessLogs(Resource resource, String... path) {
    NestedProperty setting = NestedProperty.of(resource, path);
    if (setting.entry().isEmpty()) {
      return setting.unset(false);
    }
    NestedProperty arn = NestedProperty.of(resource, append(path, "DestinationArn"));
    return arn.entry()
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(),
            value -> Optional.of(!(value instanceof NullValue))))
        .orElseGet(() -> arn.unset(false));
  }

  /** Whether the {@code LoggingLevel} at {@code path} writes execution logs. */
  static Fact level(Resource resource, String... path) {
    NestedProperty level = NestedProperty.of(resource, path);
    return level.entry().map(ApiLogging::level).orElseGet(() -> level.unset(false));
  }

  /** Whether one of the method settings at {@code path} (a list, or one object) writes execution logs. */
  static Fact methodSettings(Resource resource, String... path) {
    NestedProperty settings = NestedProperty.of(resource, path);
    if (settings.entry().isEmpty()) {
      return settings.unset(false);
    }
    MapEntry entry = settings.entry().get();
    List<Value> items = entry.value().asList().orElse(List.of(entry.value()));
    if (items.isEmpty()) {
      return Fact.byDefault(false, LEVEL, entry.range());
    }
    return Fact.any(items.stream()
        .map(item -> item.asMap()
            .map(method -> method.entry(LEVEL).filter(e -> !(e.value() instanceof NullValue))
                .map(ApiLogging::level)
                .orElseGet(() -> Fact.byDefault(false, LEVEL, entry.range())))
            .orElseGet(() -> Fact.unknown(LEVEL, entry.range(), item.origin())))
        .toList());
  }

  private static Fact level(MapEntry entry) {
    return Fact.of(entry.value(), LEVEL, entry.range(), value -> value instanceof NullValue
        ? Optional.of(false)
        : value.asString().flatMap(ApiStage::logs));
  }

  private static String[] append(String[] path, String key) {
    String[] longer = Arrays.copyOf(path, path.length + 1);
    longer[path.length] = key;
    return longer;
  }
}

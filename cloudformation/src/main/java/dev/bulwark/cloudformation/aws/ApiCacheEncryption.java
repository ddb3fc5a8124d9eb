package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.ApiCache;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The response cache of an API Gateway stage whose {@code CacheClusterEnabled} is true, and whether it encrypts what
 * it caches: {@code CacheDataEncrypted} (false by default) of each item of {@code MethodSettings} that does not turn
 * {@code CachingEnabled} off, and, for the methods cached by default, a deployment's
 * {@code StageDescription.CacheDataEncrypted} or the stage's settings for every method ({@code ResourcePath}
 * {@code /*} and {@code HttpMethod} {@code *}); without them those methods are not encrypted.
 */
final class ApiCacheEncryption {
  private static final String ENCRYPTED = "CacheDataEncrypted";

  private ApiCacheEncryption() {}

  /** The cache of the stage configured at {@code path} of {@code resource}, if its cache cluster is enabled. */
  static Optional<ApiCache> of(Resource resource, String... path) {
    Optional<MapEntry> stage = path.length == 0 ? Optional.empty() : NestedProperty.of(resource, path).entry();
    Optional<MapValue> settings = path.length == 0 ? Optional.of(resource.attributes())
        : stage.flatMap(entry -> entry.value().asMap());
    if (settings.isEmpty()
        || !Fact.of(settings.get(), "CacheClusterEnabled", false, resource.range()).isTrue()) {
      return Optional.empty();
    }
    MapValue properties = settings.get();
    List<Fact> facts = new ArrayList<>();
    boolean everyMethod = properties.entry(ENCRYPTED).isPresent();
    if (everyMethod) {
      facts.add(Fact.of(properties, ENCRYPTED, false, resource.range()));
    }
    Optional<MapEntry> methods = properties.entry("MethodSettings");
    for (Value item : methods.flatMap(entry -> entry.value().asList()).orElse(List.of())) {
      Optional<MapValue> method = item.asMap();
      if (method.isEmpty()) {
        facts.add(Fact.unknown(ENCRYPTED, item.range(), item.origin()));
      } else if (!Fact.of(method.get(), "CachingEnabled", true, item.range()).isFalse()) {
        everyMethod |= text(method.get(), "ResourcePath").equals("/*") && text(method.get(), "HttpMethod").equals("*");
        facts.add(Fact.of(method.get(), ENCRYPTED, false, item.range()));
      }
    }
    if (!everyMethod) {
      facts.add(Fact.byDefault(false, ENCRYPTED, stage.map(MapEntry::range).orElse(resource.range())));
    }
    return Optional.of(new ApiCache(resource, Fact.all(facts)));
  }

  private static String text(MapValue method, String key) {
    return method.get(key).flatMap(Value::asString).orElse("");
  }
}

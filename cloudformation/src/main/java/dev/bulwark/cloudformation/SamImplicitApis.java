package dev.bulwark.cloudformation;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The APIs SAM creates for a template's functions and state machines without their being declared:
 * {@code ServerlessRestApi}, an {@code AWS::Serverless::Api}, for the events of {@code Type: Api} that name no
 * {@code RestApiId}, and {@code ServerlessHttpApi}, an {@code AWS::Serverless::HttpApi}, for those of
 * {@code Type: HttpApi} that name no {@code ApiId}. Each is declared at the first such event (its {@code Type}),
 * the code that makes SAM create it, and takes the template's {@code Globals} like a declared one. A template that
 * declares a resource of that logical ID has no implicit API of it.
 */
final class SamImplicitApis {
  private static final Set<String> EVENT_SOURCES = Set.of("AWS::Serverless::Function",
      "AWS::Serverless::StateMachine");
  private static final List<Kind> KINDS = List.of(
      new Kind("Api", "RestApiId", "ServerlessRestApi", "AWS::Serverless::Api"),
      new Kind("HttpApi", "ApiId", "ServerlessHttpApi", "AWS::Serverless::HttpApi"));

  /** An implicit API: its logical ID and type, and the {@code Type} entry of the first event that creates it. */
  record Implicit(String logicalId, String type, MapEntry event) {}

  /** The kind of event that makes SAM create an implicit API, and the property that names an API instead. */
  private record Kind(String eventType, String apiProperty, String logicalId, String type) {}

  private SamImplicitApis() {}

  /** The implicit APIs of a template whose created resources are {@code resources}, with logical IDs {@code ids}. */
  static List<Implicit> of(List<Resource> resources, Set<String> ids) {
    Map<Kind, MapEntry> first = new LinkedHashMap<>();
    for (Resource source : resources) {
      if (!EVENT_SOURCES.contains(source.type())) {
        continue;
      }
      for (MapValue event : events(source)) {
        Optional<MapEntry> type = event.entry("Type");
        Optional<String> name = type.flatMap(entry -> entry.value().asString());
        for (Kind kind : KINDS) {
          if (name.filter(kind.eventType()::equals).isPresent() && namesNoApi(event, kind)) {
            first.putIfAbsent(kind, type.get());
          }
        }
      }
    }
    List<Implicit> implicit = new ArrayList<>();
    first.forEach((kind, event) -> {
      if (!ids.contains(kind.logicalId())) {
        implicit.add(new Implicit(kind.logicalId(), kind.type(), event));
      }
    });
    return implicit;
  }

  private static List<MapValue> events(Resource source) {
    return source.attributes().get("Events").flatMap(Value::asMap)
        .map(events -> events.entries().values().stream()
            .flatMap(entry -> entry.value().asMap().stream()).toList())
        .orElse(List.of());
  }

  /** Whether the event's {@code Properties} name no API of their own (a known absence: a map without the property). */
  private static boolean namesNoApi(MapValue event, Kind kind) {
    Optional<MapEntry> properties = event.entry("Properties");
    return properties.isEmpty()
        || properties.get().value().asMap().filter(map -> map.entry(kind.apiProperty()).isEmpty()).isPresent();
  }
}

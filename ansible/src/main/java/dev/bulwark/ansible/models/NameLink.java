package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference by name between tasks of one unit: a task calling {@code fromModule} whose argument
 * {@code fromArgument} equals the argument {@code toArgument} of a task calling {@code toModule} refers to it
 * (e.g. the {@code s3_logging} task whose {@code name} is a bucket's {@code name}).
 */
record NameLink(String fromModule, String fromArgument, String toModule, String toArgument) {
  List<Reference> references(List<Resource> resources) {
    Map<String, List<Resource>> targets = new HashMap<>();
    for (Resource resource : resources) {
      if (resource.type().equals(toModule)) {
        value(resource, toArgument).ifPresent(name ->
            targets.computeIfAbsent(name, key -> new ArrayList<>()).add(resource));
      }
    }
    List<Reference> references = new ArrayList<>();
    for (Resource resource : resources) {
      if (!resource.type().equals(fromModule)) {
        continue;
      }
      Optional<MapEntry> entry = Args.entry(resource.attributes(), fromArgument);
      Optional<String> name = value(resource, fromArgument);
      if (entry.isPresent() && name.isPresent()) {
        for (Resource target : targets.getOrDefault(name.get(), List.of())) {
          references.add(new Reference(resource.id(), target.id(), fromArgument, entry.get().value().range()));
        }
      }
    }
    return references;
  }

  private static Optional<String> value(Resource resource, String argument) {
    return Args.entry(resource.attributes(), argument).flatMap(entry -> entry.value().asString());
  }
}

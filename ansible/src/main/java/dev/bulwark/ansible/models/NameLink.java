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
  /**
   * The tasks that name a target, and whether some other task might: a name on either side is not known.
   *
   * @param tasks     the tasks calling {@code fromModule} that name the target
   * @param ambiguous whether a task calling {@code fromModule}, or the target, has a name that is not known
   */
  record Linked(List<Resource> tasks, boolean ambiguous) {
    Linked {
      tasks = List.copyOf(tasks);
    }
  }

  /** The tasks of {@code unit} that refer to {@code target} through this link. */
  Linked to(Resource target, UnitResources unit) {
    List<Resource> tasks = unit.graph().referrers(target, fromModule, fromArgument);
    boolean targetUnknown = value(target, toArgument).isEmpty();
    boolean ambiguous = tasks.isEmpty() && unit.calling(fromModule).stream()
        .anyMatch(task -> targetUnknown || value(task, fromArgument).isEmpty());
    return new Linked(tasks, ambiguous);
  }

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

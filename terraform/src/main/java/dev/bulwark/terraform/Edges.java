package dev.bulwark.terraform;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.ResourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The references a node of the graph makes, one per target and attribute path. */
final class Edges {
  private final ResourceId from;
  private final List<Reference> references = new ArrayList<>();
  private final Set<List<Object>> seen = new HashSet<>();

  Edges(ResourceId from) {
    this.from = from;
  }

  /** A sink recording what is read from the attribute at {@code path} (e.g. {@code logging.target_bucket}). */
  Tracker.Sink at(String path) {
    return (target, range, instance) -> {
      if (!target.equals(from) && seen.add(List.of(target, path))) {
        references.add(new Reference(from, target, path, range));
      }
    };
  }

  List<Reference> references() {
    return references;
  }
}

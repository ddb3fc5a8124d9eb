package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A module's graph with its resources indexed by type, as the mappings query it. */
final class Module {
  private final ResourceGraph graph;
  private final Map<String, List<Resource>> byType;

  Module(ResourceGraph graph) {
    this.graph = graph;
    this.byType = graph.resources().stream().collect(Collectors.groupingBy(Resource::type));
  }

  ResourceGraph graph() {
    return graph;
  }

  /** The module's resources of native type {@code type}. */
  List<Resource> ofType(String type) {
    return byType.getOrDefault(type, List.of());
  }
}

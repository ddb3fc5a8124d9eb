package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The resources of one unit (a playbook) with their references, indexed by module, as mappings query them. */
final class UnitResources {
  private final ResourceGraph graph;
  private final Map<String, List<Resource>> byModule;

  UnitResources(ResourceGraph graph) {
    this.graph = graph;
    this.byModule = graph.resources().stream().collect(Collectors.groupingBy(Resource::type));
  }

  ResourceGraph graph() {
    return graph;
  }

  /** The unit's tasks calling {@code module}. */
  List<Resource> calling(String module) {
    return byModule.getOrDefault(module, List.of());
  }
}

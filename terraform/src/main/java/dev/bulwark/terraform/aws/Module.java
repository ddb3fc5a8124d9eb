package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A unit's graph with its resources indexed by type, and the attachments the mappings ask for, computed once. */
final class Module {
  private final ResourceGraph graph;
  private final Map<String, List<Resource>> byType;
  private final Map<List<Object>, Attachments> attachments = new HashMap<>();

  Module(ResourceGraph graph) {
    this.graph = graph;
    this.byType = graph.resources().stream().collect(Collectors.groupingBy(Resource::type));
  }

  ResourceGraph graph() {
    return graph;
  }

  /** The unit's resources of native type {@code type}, in the graph's order. */
  List<Resource> ofType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  /** The resources of {@code type} attached to targets of {@code targetTypes} through {@code attribute}. */
  Attachments attachments(String type, String attribute, Set<String> targetTypes, Optional<String> nameAttribute) {
    return attachments.computeIfAbsent(List.of(type, attribute, targetTypes, nameAttribute),
        key -> Attachments.of(this, type, attribute, targetTypes, nameAttribute));
  }
}

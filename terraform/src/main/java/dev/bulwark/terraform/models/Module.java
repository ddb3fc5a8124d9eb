package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's resources and references as the mappings query them: resources by id and by type, references by the
 * resource that makes them, and the attachments the mappings ask for, each computed once; and the provider releases
 * the unit runs with.
 */
final class Module {
  private final Map<ResourceId, Resource> byId = new LinkedHashMap<>();
  private final Map<String, List<Resource>> byType = new HashMap<>();
  private final Map<ResourceId, List<Reference>> outgoing = new HashMap<>();
  private final Map<List<Object>, Attachments> attachments = new HashMap<>();
  private final ProviderVersions versions;

  /** @param resources the resources, in the graph's order */
  Module(Collection<Resource> resources, Collection<Reference> references, ProviderVersions versions) {
    this.versions = versions;
    for (Resource resource : resources) {
      if (byId.putIfAbsent(resource.id(), resource) == null) {
        byType.computeIfAbsent(resource.type(), type -> new ArrayList<>()).add(resource);
      }
    }
    references.forEach(reference -> outgoing.computeIfAbsent(reference.from(), id -> new ArrayList<>())
        .add(reference));
  }

  /** The provider releases the unit runs with. */
  ProviderVersions versions() {
    return versions;
  }

  /** All resources, in the graph's order. */
  Collection<Resource> resources() {
    return byId.values();
  }

  /** The resource with {@code id}, if it is in the unit. */
  Optional<Resource> resource(ResourceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The references {@code resource} makes. */
  List<Reference> referencesFrom(Resource resource) {
    return outgoing.getOrDefault(resource.id(), List.of());
  }

  /** The resources of the unit that {@code resource}'s {@code attribute} refers to, each once, in reference order. */
  List<Resource> referredTo(Resource resource, String attribute) {
    return referencesFrom(resource).stream()
        .filter(reference -> reference.attribute().equals(attribute))
        .flatMap(reference -> resource(reference.to()).stream())
        .distinct().toList();
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

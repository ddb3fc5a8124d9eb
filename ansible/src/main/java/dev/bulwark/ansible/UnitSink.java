package dev.bulwark.ansible;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources of one unit (a playbook, or a role or task file analysed on its own), the references between
 * them, and which of them have opaque arguments.
 */
final class UnitSink {
  private final String unit;
  private final List<Resource> resources = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final Set<ResourceId> opaque = new HashSet<>();

  UnitSink(String unit) {
    this.unit = unit;
  }

  String unit() {
    return unit;
  }

  void resource(Resource resource, Arguments arguments) {
    resources.add(resource);
    if (arguments.opaque()) {
      opaque.add(resource.id());
    }
    for (Arguments.Use use : arguments.uses()) {
      use.producers().stream().sorted().forEach(producer ->
          references.add(new Reference(resource.id(), producer, use.attribute(), use.range())));
    }
  }

  List<Resource> resources() {
    return resources;
  }

  List<Reference> references() {
    return references;
  }

  Set<ResourceId> opaque() {
    return opaque;
  }
}

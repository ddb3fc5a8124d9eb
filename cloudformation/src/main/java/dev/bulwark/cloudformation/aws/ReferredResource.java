package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import java.util.Optional;

/**
 * The resource of the template that a property refers to: the parameter group a database cluster names (Redshift's
 * {@code ClusterParameterGroupName}, DocumentDB's and Neptune's {@code DBClusterParameterGroupName}), the bucket of a
 * bucket policy. A resource that is not in the template is not at hand, and is then read by its name alone where that
 * says something ({@link dev.bulwark.core.model.ParameterGroups#notAtHand}).
 */
final class ReferredResource {
  private ReferredResource() {}

  /** The resource of {@code type} that {@code from} refers to in property {@code key}, if the template has it. */
  static Optional<Resource> of(Resource from, ResourceGraph graph, String key, String type) {
    return graph.referencesFrom(from).stream()
        .filter(reference -> reference.attribute().equals(key))
        .flatMap(reference -> graph.resource(reference.to()).stream())
        .filter(resource -> resource.type().equals(type))
        .findFirst();
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.ParameterGroups;
import java.util.Optional;

/**
 * The parameter group a database cluster names in a property (Redshift's {@code ClusterParameterGroupName},
 * DocumentDB's and Neptune's {@code DBClusterParameterGroupName}): the template's group it refers to, whose
 * parameters its mapping reads; a group that is not in the template is read by its name alone
 * ({@link ParameterGroups#notAtHand}).
 */
final class ClusterParameterGroup {
  private ClusterParameterGroup() {}

  /** The group of {@code groupType} that {@code cluster} refers to in property {@code key}, if the template has it. */
  static Optional<Resource> referred(Resource cluster, ResourceGraph graph, String key, String groupType) {
    return graph.referencesFrom(cluster).stream()
        .filter(reference -> reference.attribute().equals(key))
        .flatMap(reference -> graph.resource(reference.to()).stream())
        .filter(resource -> resource.type().equals(groupType))
        .findFirst();
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.Fact;
import java.util.List;

/**
 * Whether a resource has a companion resource of its own, such as the logging configuration that names a web ACL or a
 * firewall: true at the first of {@code type} whose {@code property} refers to it; unknown when none does but one of
 * the template names something that is not one of its resources (a parameter, an import), which may be this one;
 * else false at the resource's logical ID, as the companion is a resource of its own, not a property.
 */
final class Companions {
  private Companions() {}

  static Fact presence(Resource target, ResourceGraph graph, String type, String property) {
    List<Resource> companions = graph.referrers(target, type, property);
    if (!companions.isEmpty()) {
      return Fact.known(true, type, companions.get(0).range(), List.of());
    }
    boolean elsewhere = graph.ofType(type).stream()
        .anyMatch(companion -> graph.referencesFrom(companion).stream()
            .noneMatch(reference -> reference.attribute().equals(property)));
    return elsewhere ? Fact.unknown(type, target.range(), List.of())
        : Fact.byDefault(false, type, target.declaration());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.value.Value;
import java.util.Optional;
import java.util.function.Function;

/**
 * A setting of the parameter group a database cluster names (Redshift's {@code require_ssl}, DocumentDB's and
 * Neptune's audit parameters): read from the {@code parameter} blocks of the module's group that the cluster's
 * attribute refers to, or names by its {@code name}; by the name alone otherwise
 * ({@link ParameterGroups#notAtHand}).
 */
final class ClusterParameterGroup {
  private ClusterParameterGroup() {}

  /**
   * The fact {@code reading} gives for {@code parameter} of the group of {@code groupType} that {@code cluster} names
   * in {@code attribute}: off by default where the group leaves the parameter out.
   */
  static Fact setting(Resource cluster, Module module, String attribute, String groupType, String parameter,
      Function<Value, Optional<Boolean>> reading) {
    Optional<String> name = cluster.attributes().get(attribute).flatMap(Value::asString);
    return module.referredTo(cluster, attribute).stream()
        .filter(resource -> resource.type().equals(groupType))
        .findFirst()
        .or(() -> name.flatMap(literal -> module.ofType(groupType).stream()
            .filter(group -> group.attributes().get("name").flatMap(Value::asString).filter(literal::equals)
                .isPresent())
            .findFirst()))
        .map(group -> ParameterGroups.setting(NestedBlocks.of(group.attributes(), "parameter").items(), "name",
            "value", parameter, reading, false, group.range()))
        .orElseGet(() -> ParameterGroups.notAtHand(cluster.attribute(attribute), attribute, cluster.range()));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.Optional;

/**
 * Whether a Redshift cluster accepts encrypted connections only: its parameter group's {@code require_ssl} is true.
 * The default groups ({@code default.redshift-1.0}, used without {@code cluster_parameter_group_name}) leave it
 * false; an {@code aws_redshift_parameter_group} of the module (referred to, or named) is read for a
 * {@code parameter} block named {@code require_ssl}, false without one; a group the module does not declare is
 * unknown.
 */
final class RedshiftSsl {
  private static final String GROUP = "aws_redshift_parameter_group";
  private static final String GROUP_NAME = "cluster_parameter_group_name";
  private static final String REQUIRE_SSL = "require_ssl";

  private RedshiftSsl() {}

  static Fact required(Resource cluster, Module module) {
    Optional<MapEntry> name = cluster.attribute(GROUP_NAME);
    if (name.isEmpty()) {
      return Fact.byDefault(false, GROUP_NAME, cluster.range());
    }
    Optional<Resource> group = module.referredTo(cluster, GROUP_NAME).stream()
        .filter(resource -> resource.type().equals(GROUP))
        .findFirst()
        .or(() -> name.get().value().asString().flatMap(literal -> module.ofType(GROUP).stream()
            .filter(resource -> resource.attributes().get("name").flatMap(Value::asString)
                .filter(literal::equals).isPresent())
            .findFirst()));
    if (group.isPresent()) {
      return fromGroup(group.get());
    }
    return name.get().value().asString().filter(literal -> literal.startsWith("default."))
        .map(literal -> Fact.known(false, GROUP_NAME, name.get().range(), name.get().value().origin()))
        .orElseGet(() -> Fact.unknown(GROUP_NAME, name.get().range(), name.get().value().origin()));
  }

  private static Fact fromGroup(Resource group) {
    return ParameterGroups.flag(NestedBlocks.of(group.attributes(), "parameter").items(), "name", "value", REQUIRE_SSL,
        group.range());
  }

}

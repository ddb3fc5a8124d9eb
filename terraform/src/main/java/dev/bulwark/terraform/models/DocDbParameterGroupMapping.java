package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_docdb_cluster_parameter_group}: its clusters accept plain-text connections when a {@code parameter}
 * block sets {@code tls} to {@code disabled}; TLS is enabled by default (and in the default groups).
 */
final class DocDbParameterGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_docdb_cluster_parameter_group");
  }

  @Override
  public List<CloudModel> map(Resource group, Module module) {
    return List.of(new TrafficEncryption(group, ParameterGroups.setting(
        NestedBlocks.of(group.attributes(), "parameter").items(), "name", "value", "tls",
        value -> value.asString().map(mode -> !mode.equalsIgnoreCase("disabled")), true, group.range())));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Database parameter groups whose {@code parameter} blocks decide whether clients must use TLS, and, for PostgreSQL,
 * which connections and waits are logged ({@link PostgresLogging#rdsParameterGroup}).
 * {@code aws_docdb_cluster_parameter_group}: its clusters accept plain-text connections when {@code tls} is
 * {@code disabled}; TLS is enabled by default (and in the default groups). {@code aws_db_parameter_group} and
 * {@code aws_rds_cluster_parameter_group}: read by {@link ParameterGroups#rdsTlsRequired}, unknown unless the group
 * sets {@code rds.force_ssl} or {@code require_secure_transport}.
 */
final class ParameterGroupMapping implements ModelMapping {
  private static final String DOCUMENTDB = "aws_docdb_cluster_parameter_group";

  @Override
  public Set<String> types() {
    return Set.of(DOCUMENTDB, "aws_db_parameter_group", "aws_rds_cluster_parameter_group");
  }

  @Override
  public List<CloudModel> map(Resource group, Module module) {
    List<Value> parameters = NestedBlocks.of(group.attributes(), "parameter").items();
    if (group.type().equals(DOCUMENTDB)) {
      return List.of(new TrafficEncryption(group, ParameterGroups.setting(parameters, "name", "value", "tls",
          value -> value.asString().map(mode -> !mode.equalsIgnoreCase("disabled")), true, group.range())));
    }
    List<CloudModel> models = new ArrayList<>();
    models.add(new TrafficEncryption(group, ParameterGroups.rdsTlsRequired(parameters, "name", "value",
        group.range())));
    models.addAll(PostgresLogging.rdsParameterGroup(group, group.attributes().get("family"),
        ParameterGroups.settings(parameters, "name", "value")));
    return models;
  }
}

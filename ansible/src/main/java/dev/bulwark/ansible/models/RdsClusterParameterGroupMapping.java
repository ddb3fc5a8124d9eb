package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code amazon.aws.rds_cluster_param_group}, unless {@code state: absent}: as {@link RdsParameterGroupMapping}, for
 * an Aurora cluster's group, whose {@code parameters} are a list of {@code parameter_name} and
 * {@code parameter_value} items and whose family is {@code db_parameter_group_family}.
 */
final class RdsClusterParameterGroupMapping implements ModuleMapping {
  private static final String NAME = "parameter_name";
  private static final String VALUE = "parameter_value";

  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.rds_cluster_param_group");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    List<Value> parameters = Args.entry(task.attributes(), "parameters").flatMap(entry -> entry.value().asList())
        .orElse(List.of());
    List<CloudModel> models = new ArrayList<>();
    models.add(new TrafficEncryption(task, ParameterGroups.rdsTlsRequired(parameters, NAME, VALUE, task.range())));
    models.addAll(PostgresLogging.rdsParameterGroup(task,
        Args.entry(task.attributes(), "db_parameter_group_family").map(MapEntry::value),
        ParameterGroups.settings(parameters, NAME, VALUE)));
    return models;
  }
}

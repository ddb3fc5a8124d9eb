package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code amazon.aws.rds_instance_param_group} (formerly {@code rds_param_group}), unless {@code state: absent}:
 * whether the group makes clients use TLS, read from its {@code params} by {@link ParameterGroups#rdsTlsRequired};
 * unknown unless they set {@code rds.force_ssl} or {@code require_secure_transport}; and, for a PostgreSQL
 * {@code engine}, the logging parameters its {@code params} set ({@link PostgresLogging#rdsParameterGroup}).
 */
final class RdsParameterGroupMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.rds_instance_param_group");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    List<CloudModel> models = new ArrayList<>();
    models.add(new TrafficEncryption(task,
        ParameterGroups.rdsTlsRequired(Args.entry(task.attributes(), "params"), task.range())));
    models.addAll(PostgresLogging.rdsParameterGroup(task, Args.entry(task.attributes(), "engine").map(MapEntry::value),
        Args.entry(task.attributes(), "params").flatMap(entry -> entry.value().asMap()).map(MapValue::entries)
            .orElse(Map.of())));
    return models;
  }
}

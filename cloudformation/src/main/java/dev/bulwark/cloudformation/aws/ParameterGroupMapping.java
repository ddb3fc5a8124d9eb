package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Database parameter groups whose {@code Parameters} object decides whether clients must use TLS.
 * {@code AWS::DocDB::DBClusterParameterGroup}: its clusters accept plain-text connections when {@code tls} is
 * {@code disabled}; TLS is enabled by default. {@code AWS::RDS::DBParameterGroup} and
 * {@code AWS::RDS::DBClusterParameterGroup}: read by {@link ParameterGroups#rdsTlsRequired}, unknown unless the
 * group sets {@code rds.force_ssl} or {@code require_secure_transport}; and, for PostgreSQL, the logging parameters
 * its {@code Parameters} set ({@link PostgresLogging#rdsParameterGroup}).
 */
final class ParameterGroupMapping implements ModelMapping {
  private static final String DOCUMENTDB = "AWS::DocDB::DBClusterParameterGroup";

  @Override
  public Set<String> types() {
    return Set.of(DOCUMENTDB, "AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup");
  }

  @Override
  public List<CloudModel> map(Resource group, Stack stack) {
    if (!group.type().equals(DOCUMENTDB)) {
      List<CloudModel> models = new ArrayList<>();
      models.add(new TrafficEncryption(group,
          ParameterGroups.rdsTlsRequired(group.attributes().entry("Parameters"), group.range())));
      models.addAll(PostgresLogging.rdsParameterGroup(group, group.attributes().get("Family"),
          group.attributes().get("Parameters").flatMap(Value::asMap).map(MapValue::entries).orElse(Map.of())));
      return models;
    }
    return List.of(new TrafficEncryption(group, NestedProperty.of(group, "Parameters", "tls")
        .read("tls", value -> value.asString().map(mode -> !mode.equalsIgnoreCase("disabled")), true)));
  }
}

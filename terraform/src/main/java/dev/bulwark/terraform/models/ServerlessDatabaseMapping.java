package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Databases whose only exposure setting is {@code publicly_accessible} (false by default): a Redshift Serverless
 * workgroup ({@code aws_redshiftserverless_workgroup}) and a Timestream for InfluxDB instance or cluster
 * ({@code aws_timestreaminfluxdb_db_instance}, {@code aws_timestreaminfluxdb_db_cluster}), whose storage the service
 * always encrypts, and a Lightsail database ({@code aws_lightsail_database}, whose encryption is not a setting).
 */
final class ServerlessDatabaseMapping implements ModelMapping {
  private static final Set<String> ALWAYS_ENCRYPTED = Set.of("aws_redshiftserverless_workgroup",
      "aws_timestreaminfluxdb_db_instance", "aws_timestreaminfluxdb_db_cluster");

  @Override
  public Set<String> types() {
    return Stream.concat(ALWAYS_ENCRYPTED.stream(), Stream.of("aws_lightsail_database"))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<CloudModel> map(Resource database, Module module) {
    Fact encrypted = ALWAYS_ENCRYPTED.contains(database.type())
        ? Fact.byDefault(true, "encryption", database.range())
        : Fact.unknown("encryption", database.range(), List.of());
    return List.of(new DatabaseInstance(database,
        Fact.of(database.attributes(), "publicly_accessible", false, database.range()), encrypted));
  }
}

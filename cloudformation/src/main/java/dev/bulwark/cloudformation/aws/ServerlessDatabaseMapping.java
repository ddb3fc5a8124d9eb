package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Databases whose only exposure setting is {@code PubliclyAccessible} (false by default): a Redshift Serverless
 * workgroup ({@code AWS::RedshiftServerless::Workgroup}) and a Timestream for InfluxDB instance
 * ({@code AWS::Timestream::InfluxDBInstance}), whose storage the service always encrypts, and a Lightsail database
 * ({@code AWS::Lightsail::Database}, whose encryption is not a setting).
 */
final class ServerlessDatabaseMapping implements ModelMapping {
  private static final Set<String> ALWAYS_ENCRYPTED =
      Set.of("AWS::RedshiftServerless::Workgroup", "AWS::Timestream::InfluxDBInstance");

  @Override
  public Set<String> types() {
    return Stream.concat(ALWAYS_ENCRYPTED.stream(), Stream.of("AWS::Lightsail::Database"))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<CloudModel> map(Resource database, Stack stack) {
    Fact encrypted = ALWAYS_ENCRYPTED.contains(database.type())
        ? Fact.byDefault(true, "encryption", database.range())
        : Fact.unknown("encryption", database.range(), List.of());
    return List.of(new DatabaseInstance(database,
        Fact.of(database.attributes(), "PubliclyAccessible", false, database.range()), encrypted));
  }
}

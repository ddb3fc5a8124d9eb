package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.LogExports;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::RDS::DBInstance}. Without {@code PubliclyAccessible}, RDS decides by whether the VPC of the instance's
 * subnets has an internet gateway: unknown from the template. {@code StorageEncrypted} defaults to false, except
 * that an Aurora member ({@code DBClusterIdentifier}), a restore ({@code DBSnapshotIdentifier}) or an instance with
 * a {@code KmsKeyId} takes its encryption from elsewhere. A read replica ({@code SourceDBInstanceIdentifier},
 * {@code SourceDBClusterIdentifier}) has its source's whatever {@code StorageEncrypted} says, as CloudFormation
 * documents. Logs
 * are exported only when {@code EnableCloudwatchLogsExports} lists some; an Aurora member's logs are its cluster's.
 */
final class DbInstanceMapping implements ModelMapping {
  private static final List<String> REPLICA_SOURCES = List.of("SourceDBInstanceIdentifier",
      "SourceDBClusterIdentifier");
  private static final List<String> INHERITS_ENCRYPTION = List.of("DBClusterIdentifier", "DBSnapshotIdentifier",
      "KmsKeyId");

  @Override
  public Set<String> types() {
    return Set.of("AWS::RDS::DBInstance");
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    MapValue properties = resource.attributes();
    Fact publiclyAccessible = properties.entry("PubliclyAccessible").isPresent()
        ? Fact.of(properties, "PubliclyAccessible", false, resource.range())
        : Fact.unknown("PubliclyAccessible", resource.range(), List.of());
    boolean inherits = INHERITS_ENCRYPTION.stream().anyMatch(key -> properties.entry(key).isPresent())
        || properties.get("Engine").flatMap(engine -> engine.asString()).filter(e -> e.startsWith("aurora"))
            .isPresent();
    boolean replica = REPLICA_SOURCES.stream().anyMatch(key -> properties.entry(key)
        .filter(entry -> !(entry.value() instanceof NullValue)).isPresent());
    Fact storageEncrypted = (properties.entry("StorageEncrypted").isEmpty() && inherits) || replica
        ? Fact.unknown("StorageEncrypted", resource.range(), List.of())
        : Fact.of(properties, "StorageEncrypted", false, resource.range());
    Fact logging = properties.entry("DBClusterIdentifier").isPresent()
        ? Fact.unknown("EnableCloudwatchLogsExports", resource.range(), List.of())
        : LogExports.of(properties, "EnableCloudwatchLogsExports", Optional.empty(), resource.range());
    return List.of(new DatabaseInstance(resource, publiclyAccessible, storageEncrypted, List.of(), logging)
        .withKey(KmsKeys.customerManaged(resource.attributes(), "KmsKeyId", resource.range())));
  }
}

package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ClusterAudit;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.LogExports;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::RDS::DBCluster}, {@code AWS::DocDB::DBCluster} and {@code AWS::Neptune::DBCluster}: an Aurora,
 * DocumentDB or Neptune cluster has no address of its own, so public access is unknown here, unless a (Multi-AZ)
 * RDS cluster sets {@code PubliclyAccessible}, whose default depends on its subnets. {@code StorageEncrypted}
 * defaults to false, except for an Aurora Serverless v1 cluster ({@code EngineMode: serverless}), always encrypted,
 * and a cluster restored or replicated from another ({@code SnapshotIdentifier}, {@code SourceDBClusterIdentifier},
 * {@code ReplicationSourceIdentifier}, {@code GlobalClusterIdentifier}), whose encryption comes from there. Logs
 * are exported only when {@code EnableCloudwatchLogsExports} lists them: any for RDS, {@code audit} for DocumentDB
 * and Neptune, whose audit log also needs the cluster parameter group to turn auditing on ({@link ClusterAudit}).
 */
final class DbClusterMapping implements ModelMapping {
  private static final List<String> INHERITS_ENCRYPTION = List.of("SnapshotIdentifier", "SourceDBClusterIdentifier",
      "ReplicationSourceIdentifier", "GlobalClusterIdentifier", "RestoreType");
  private static final String EXPORTS = "EnableCloudwatchLogsExports";
  private static final String GROUP = "DBClusterParameterGroupName";

  @Override
  public Set<String> types() {
    return Set.of("AWS::RDS::DBCluster", "AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    Optional<String> required = cluster.type().equals("AWS::RDS::DBCluster") ? Optional.empty() : Optional.of("audit");
    MapValue properties = cluster.attributes();
    Fact publiclyAccessible = properties.entry("PubliclyAccessible").isPresent()
        ? Fact.of(properties, "PubliclyAccessible", false, cluster.range())
        : Fact.unknown("PubliclyAccessible", cluster.range(), List.of());
    Fact exports = LogExports.of(cluster.attributes(), EXPORTS, required, cluster.range());
    Fact logging = cluster.type().equals("AWS::RDS::DBCluster") ? exports
        : Fact.all(List.of(exports, audit(cluster, stack.graph())));
    return List.of(new DatabaseInstance(cluster, publiclyAccessible, storageEncrypted(cluster), List.of(), logging)
        .withKey(KmsKeys.customerManaged(cluster.attributes(), "KmsKeyId", cluster.range())));
  }

  /**
   * Whether the DocumentDB or Neptune parameter group the cluster names in {@code DBClusterParameterGroupName} turns
   * auditing on ({@link ClusterAudit}): read from the group's {@code Parameters} when it is in the template, else by
   * the name alone.
   */
  private static Fact audit(Resource cluster, ResourceGraph graph) {
    boolean neptune = cluster.type().equals("AWS::Neptune::DBCluster");
    String parameter = neptune ? ClusterAudit.NEPTUNE : ClusterAudit.DOCUMENTDB;
    String groupType = neptune ? "AWS::Neptune::DBClusterParameterGroup" : "AWS::DocDB::DBClusterParameterGroup";
    return ReferredResource.of(cluster, graph, GROUP, groupType)
        .map(group -> NestedProperty.of(group, "Parameters", parameter)
            .read(parameter, value -> ClusterAudit.on(parameter, value), false))
        .orElseGet(() -> ParameterGroups.notAtHand(cluster.attribute(GROUP), GROUP, cluster.range()));
  }

  private static Fact storageEncrypted(Resource cluster) {
    MapValue properties = cluster.attributes();
    if (properties.entry("StorageEncrypted").isEmpty()) {
      Optional<Value> mode = properties.get("EngineMode");
      if (INHERITS_ENCRYPTION.stream().anyMatch(key -> properties.entry(key).isPresent())
          || mode.isPresent() && !mode.get().isKnown()) {
        return Fact.unknown("StorageEncrypted", cluster.range(), List.of());
      }
      boolean serverless = mode.flatMap(Value::asString).filter("serverless"::equals).isPresent();
      return Fact.byDefault(serverless, "StorageEncrypted", cluster.range());
    }
    return Fact.of(properties, "StorageEncrypted", false, cluster.range());
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ClusterAudit;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.LogExports;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_rds_cluster}, {@code aws_docdb_cluster} and {@code aws_neptune_cluster}: an Aurora, DocumentDB or Neptune
 * cluster has no address of its own (its instances have), so public access is unknown here, unless a (Multi-AZ) RDS
 * cluster sets {@code publicly_accessible}, whose default depends on its subnets. {@code storage_encrypted} defaults to
 * false, except for an Aurora Serverless v1 cluster ({@code engine_mode = "serverless"}), which is always encrypted,
 * and a cluster restored or replicated from another ({@code snapshot_identifier},
 * {@code replication_source_identifier}, {@code restore_to_point_in_time}, {@code global_cluster_identifier}), whose
 * encryption comes from there. Logs are exported only when listed: any log type for RDS, {@code audit} for DocumentDB
 * ({@code enabled_cloudwatch_logs_exports}) and Neptune ({@code enable_cloudwatch_logs_exports}), whose audit log
 * also needs its cluster parameter group to turn auditing on ({@link ClusterAudit}).
 */
final class DbClusterMapping implements ModelMapping {
  private static final List<String> INHERITS_ENCRYPTION = List.of("snapshot_identifier",
      "replication_source_identifier", "restore_to_point_in_time", "global_cluster_identifier");

  @Override
  public Set<String> types() {
    return Set.of("aws_rds_cluster", "aws_docdb_cluster", "aws_neptune_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    MapValue attributes = cluster.attributes();
    Fact logging = switch (cluster.type()) {
      case "aws_docdb_cluster" -> Fact.all(List.of(
          LogExports.of(attributes, "enabled_cloudwatch_logs_exports", Optional.of("audit"), cluster.range()),
          audit(cluster, module, "db_cluster_parameter_group_name", "aws_docdb_cluster_parameter_group",
              ClusterAudit.DOCUMENTDB)));
      case "aws_neptune_cluster" -> Fact.all(List.of(
          LogExports.of(attributes, "enable_cloudwatch_logs_exports", Optional.of("audit"), cluster.range()),
          audit(cluster, module, "neptune_cluster_parameter_group_name", "aws_neptune_cluster_parameter_group",
              ClusterAudit.NEPTUNE)));
      default -> LogExports.of(attributes, "enabled_cloudwatch_logs_exports", Optional.empty(), cluster.range());
    };
    Fact publiclyAccessible = attributes.entry("publicly_accessible").isPresent()
        ? Fact.of(attributes, "publicly_accessible", false, cluster.range())
        : Fact.unknown("publicly_accessible", cluster.range(), List.of());
    String keyAttribute = cluster.type().equals("aws_neptune_cluster") ? "kms_key_arn" : "kms_key_id";
    return List.of(new DatabaseInstance(cluster, publiclyAccessible, storageEncrypted(cluster), List.of(), logging)
        .withKey(KmsKeys.customerManaged(cluster.attributes(), keyAttribute, cluster.range())));
  }

  /** Whether the parameter group the cluster names in {@code attribute} turns auditing on ({@link ClusterAudit}). */
  private static Fact audit(Resource cluster, Module module, String attribute, String groupType, String parameter) {
    return ClusterParameterGroup.setting(cluster, module, attribute, groupType, parameter,
        value -> ClusterAudit.on(parameter, value));
  }

  private static Fact storageEncrypted(Resource cluster) {
    MapValue attributes = cluster.attributes();
    if (attributes.entry("storage_encrypted").isEmpty()) {
      if (INHERITS_ENCRYPTION.stream().anyMatch(key -> attributes.entry(key).isPresent())) {
        return Fact.unknown("storage_encrypted", cluster.range(), List.of());
      }
      Optional<Value> mode = attributes.get("engine_mode");
      if (mode.isPresent() && !mode.get().isKnown()) {
        return Fact.unknown("storage_encrypted", cluster.range(), List.of());
      }
      boolean serverless = mode.flatMap(Value::asString).filter("serverless"::equals).isPresent();
      return Fact.byDefault(serverless, "storage_encrypted", cluster.range());
    }
    return Fact.of(attributes, "storage_encrypted", false, cluster.range());
  }
}

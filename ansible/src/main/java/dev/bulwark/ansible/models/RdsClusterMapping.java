package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code amazon.aws.rds_cluster}. A task that gives an {@code engine} creates a cluster: {@code storage_encrypted}
 * then defaults to false (the RDS API default), except for Aurora Serverless v1 ({@code engine_mode: serverless}),
 * always encrypted, and a cluster restored or replicated from another ({@code creation_source},
 * {@code snapshot_identifier}, {@code replication_source_identifier}), whose encryption comes from there; logs are
 * exported only when {@code enable_cloudwatch_logs_exports} lists some. A task without an engine acts on an existing
 * cluster, so only the arguments it gives count. A cluster has no address of its own (public access unknown).
 */
final class RdsClusterMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.rds_cluster");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    boolean creates = Args.entry(arguments, "engine").isPresent();
    boolean inherits = Args.entry(arguments, "creation_source", "snapshot_identifier", "db_snapshot_identifier",
        "replication_source_identifier").isPresent();
    boolean serverless = Args.entry(arguments, "engine_mode").flatMap(entry -> entry.value().asString())
        .filter("serverless"::equals).isPresent();
    Optional<Boolean> encryptedByDefault = creates && !inherits ? Optional.of(serverless) : Optional.empty();
    return List.of(new DatabaseInstance(task, Fact.unknown("publicly_accessible", task.range(), List.of()),
        Args.flag(arguments, "storage_encrypted", encryptedByDefault, task.range()), List.of(),
        LogExports.of(arguments, creates ? Optional.of(false) : Optional.empty(), task.range(),
            "enable_cloudwatch_logs_exports"))
        .withKey(KmsKeys.customerManaged(arguments, "kms_key_id", task.range())));
  }
}

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
 * {@code amazon.aws.rds_instance}. Without {@code publicly_accessible} the module sends nothing and RDS decides by
 * whether the subnets' VPC has an internet gateway, which the playbook cannot tell: unknown (as in CloudFormation).
 * {@code storage_encrypted} defaults to false, except that an instance restored or replicated from another
 * ({@code creation_source}, {@code db_snapshot_identifier}, {@code source_db_instance_identifier},
 * {@code read_replica}), one given a {@code kms_key_id}, or an Aurora instance (whose storage is its cluster's) takes
 * its encryption from elsewhere: there it is unknown. A read replica has its source's encryption whatever
 * {@code storage_encrypted} says (the API that creates it takes none). Logs are exported when
 * {@code enable_cloudwatch_logs_exports} lists some (none by default; an Aurora instance's are its cluster's). A
 * task with neither an {@code engine} nor a source to restore or replicate from cannot create an instance: it changes
 * or acts on an existing one, whose settings it does not show, so only the arguments it gives count.
 */
final class RdsInstanceMapping implements ModuleMapping {
  private static final List<String[]> INHERITS_ENCRYPTION = List.of(
      new String[] {"creation_source"},
      new String[] {"db_snapshot_identifier", "snapshot_identifier", "snapshot_id"},
      new String[] {"source_db_instance_identifier"},
      new String[] {"read_replica"},
      new String[] {"kms_key_id"},
      new String[] {"db_cluster_identifier", "cluster_id"});

  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.rds_instance");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    boolean creates = Args.entry(arguments, "engine", "creation_source", "source_db_instance_identifier").isPresent();
    Optional<Boolean> whenMissing = creates ? Optional.of(false) : Optional.empty();
    boolean member = Args.entry(arguments, "db_cluster_identifier", "cluster_id").isPresent();
    Fact logging = LogExports.of(arguments, member ? Optional.empty() : whenMissing, task.range(),
        "enable_cloudwatch_logs_exports", "cloudwatch_log_exports");
    return List.of(new DatabaseInstance(task,
        Args.flag(arguments, "publicly_accessible", Optional.empty(), task.range()),
        storageEncrypted(task, whenMissing), List.of(), logging)
        .withKey(KmsKeys.customerManaged(arguments, "kms_key_id", task.range())));
  }

  private static Fact storageEncrypted(Resource task, Optional<Boolean> whenMissing) {
    MapValue arguments = task.attributes();
    boolean inherits = INHERITS_ENCRYPTION.stream().anyMatch(names -> Args.entry(arguments, names).isPresent())
        || Args.entry(arguments, "engine").flatMap(entry -> entry.value().asString())
            .filter(engine -> engine.startsWith("aurora")).isPresent();
    boolean replica = Args.entry(arguments, "read_replica").flatMap(entry -> Args.bool(entry.value())).orElse(false);
    return replica ? Fact.unknown("storage_encrypted", task.range(), List.of())
        : Args.flag(arguments, "storage_encrypted", inherits ? Optional.empty() : whenMissing, task.range());
  }
}

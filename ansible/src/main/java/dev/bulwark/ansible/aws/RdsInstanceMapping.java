package dev.bulwark.ansible.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code amazon.aws.rds_instance}. Defaults: {@code publicly_accessible} false; {@code storage_encrypted} false,
 * except that an instance restored or replicated from another ({@code creation_source},
 * {@code db_snapshot_identifier}, {@code source_db_instance_identifier}, {@code read_replica}), one given a
 * {@code kms_key_id}, or an Aurora instance (whose storage is its cluster's) takes its encryption from elsewhere:
 * there it is unknown.
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
    return List.of(new DatabaseInstance(task, Args.flag(arguments, "publicly_accessible", false, task.range()),
        storageEncrypted(task)));
  }

  private static Fact storageEncrypted(Resource task) {
    MapValue arguments = task.attributes();
    boolean inherits = INHERITS_ENCRYPTION.stream().anyMatch(names -> Args.entry(arguments, names).isPresent())
        || Args.entry(arguments, "engine").flatMap(entry -> entry.value().asString())
            .filter(engine -> engine.startsWith("aurora")).isPresent();
    if (inherits && Args.entry(arguments, "storage_encrypted").isEmpty()) {
      return Fact.unknown("storage_encrypted", task.range(), List.of());
    }
    return Args.flag(arguments, "storage_encrypted", false, task.range());
  }
}

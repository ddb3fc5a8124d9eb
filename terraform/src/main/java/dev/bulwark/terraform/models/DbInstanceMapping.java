package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.LogExports;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_db_instance}, {@code aws_rds_cluster_instance} and {@code aws_neptune_cluster_instance}. Defaults:
 * {@code publicly_accessible} false; {@code storage_encrypted} false, except that a restore
 * ({@code snapshot_identifier}), an instance with a {@code kms_key_id} or an Aurora instance takes its encryption from
 * elsewhere, so there it is unknown. A replica ({@code replicate_source_db}) has its source's encryption whatever it
 * sets (a cross-region one, a key of its own only if its source is encrypted), so its encryption is unknown. An
 * argument set to null counts as left out. A cluster instance's storage and log
 * exports belong to its cluster; an {@code aws_db_instance} exports no logs without
 * {@code enabled_cloudwatch_logs_exports}.
 */
final class DbInstanceMapping implements ModelMapping {
  private static final String INSTANCE = "aws_db_instance";
  private static final String REPLICA_SOURCE = "replicate_source_db";
  private static final List<String> INHERITS_ENCRYPTION = List.of(REPLICA_SOURCE, "snapshot_identifier",
      "kms_key_id");

  @Override
  public Set<String> types() {
    return Set.of(INSTANCE, "aws_rds_cluster_instance", "aws_neptune_cluster_instance");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    MapValue attributes = resource.attributes();
    Fact publiclyAccessible = Fact.of(attributes, "publicly_accessible", false, resource.range());
    Fact logging = resource.type().equals(INSTANCE)
        ? LogExports.of(attributes, "enabled_cloudwatch_logs_exports", Optional.empty(), resource.range())
        : Fact.unknown("enabled_cloudwatch_logs_exports", resource.range(), List.of());
    return List.of(new DatabaseInstance(resource, publiclyAccessible, storageEncrypted(resource), List.of(),
        logging).withKey(KmsKeys.customerManaged(resource.attributes(), "kms_key_id", resource.range())));
  }

  private static Fact storageEncrypted(Resource resource) {
    MapValue attributes = resource.attributes();
    boolean set = given(resource, "storage_encrypted");
    boolean inherits = !resource.type().equals(INSTANCE)
        || INHERITS_ENCRYPTION.stream().anyMatch(key -> given(resource, key))
        || attributes.get("engine").flatMap(engine -> engine.asString()).filter(e -> e.startsWith("aurora"))
            .isPresent();
    return (!set && inherits) || given(resource, REPLICA_SOURCE)
        ? Fact.unknown("storage_encrypted", resource.range(), List.of())
        : Fact.of(attributes, "storage_encrypted", false, resource.range());
  }

  /** Whether {@code key} is given a value other than null, which stands for leaving it out. */
  private static boolean given(Resource resource, String key) {
    return ModuleArguments.argument(resource, key).isPresent();
  }
}

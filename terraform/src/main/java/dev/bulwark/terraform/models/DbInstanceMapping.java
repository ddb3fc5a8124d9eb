package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_db_instance} and {@code aws_rds_cluster_instance}. Defaults: {@code publicly_accessible} false;
 * {@code storage_encrypted} false, except that a replica ({@code replicate_source_db}), a restore
 * ({@code snapshot_identifier}), an instance with a {@code kms_key_id} or an Aurora instance takes its encryption
 * from elsewhere, so there it is unknown. A cluster instance's storage belongs to its cluster.
 */
final class DbInstanceMapping implements ModelMapping {
  private static final List<String> INHERITS_ENCRYPTION = List.of("replicate_source_db", "snapshot_identifier",
      "kms_key_id");

  @Override
  public Set<String> types() {
    return Set.of("aws_db_instance", "aws_rds_cluster_instance");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    MapValue attributes = resource.attributes();
    Fact publiclyAccessible = Fact.of(attributes, "publicly_accessible", false, resource.range());
    return List.of(new DatabaseInstance(resource, publiclyAccessible, storageEncrypted(resource)));
  }

  private static Fact storageEncrypted(Resource resource) {
    MapValue attributes = resource.attributes();
    boolean set = attributes.entry("storage_encrypted").isPresent();
    boolean inherits = resource.type().equals("aws_rds_cluster_instance")
        || INHERITS_ENCRYPTION.stream().anyMatch(key -> attributes.entry(key).isPresent())
        || attributes.get("engine").flatMap(engine -> engine.asString()).filter(e -> e.startsWith("aurora"))
            .isPresent();
    return !set && inherits
        ? Fact.unknown("storage_encrypted", resource.range(), List.of())
        : Fact.of(attributes, "storage_encrypted", false, resource.range());
  }
}

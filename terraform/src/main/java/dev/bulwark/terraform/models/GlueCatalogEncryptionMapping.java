package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_glue_data_catalog_encryption_settings}, the region's Glue Data Catalog: its metadata is encrypted at rest
 * unless the {@code catalog_encryption_mode} of {@code data_catalog_encryption_settings { encryption_at_rest }} is
 * {@code DISABLED}, with a customer key when {@code sse_aws_kms_key_id} names one (the AWS managed key
 * {@code aws/glue} otherwise). Connection password protection governs what {@code GetConnection} returns to readers
 * of the catalog, not how it is stored, and is not read.
 */
final class GlueCatalogEncryptionMapping implements ModelMapping {
  private static final String MODE = "catalog_encryption_mode";

  @Override
  public Set<String> types() {
    return Set.of("aws_glue_data_catalog_encryption_settings");
  }

  @Override
  public List<CloudModel> map(Resource catalog, Module module) {
    NestedBlocks settings = NestedBlocks.of(catalog.attributes(), "data_catalog_encryption_settings");
    Optional<MapValue> atRest = settings.known().stream()
        .flatMap(block -> NestedBlocks.of(block, "encryption_at_rest").known().stream()).findFirst();
    if (atRest.isEmpty()) {
      Fact unknown = Fact.unknown("encryption_at_rest", catalog.range(), List.of());
      return List.of(new DataStore(catalog, "data catalog", unknown, unknown));
    }
    Optional<MapEntry> mode = atRest.get().entry(MODE);
    Fact encrypted = mode.map(entry -> Fact.of(entry.value(), MODE, entry.range(),
            value -> value.asString().map(text -> !text.equalsIgnoreCase("DISABLED"))))
        .orElseGet(() -> Fact.byDefault(false, MODE, atRest.get().range()));
    return List.of(new DataStore(catalog, "data catalog", encrypted,
        encrypted.isTrue() ? KmsKeys.customerManaged(atRest.get(), "sse_aws_kms_key_id", atRest.get().range())
            : encrypted));
  }
}

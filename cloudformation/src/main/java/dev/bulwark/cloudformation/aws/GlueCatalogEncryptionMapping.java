package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::Glue::DataCatalogEncryptionSettings}, an account's Glue Data Catalog: its metadata is encrypted at rest
 * when {@code DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode} is not {@code DISABLED}, which
 * it is when missing; with a customer key when {@code SseAwsKmsKeyId} names one (the AWS managed key
 * {@code aws/glue} otherwise). Connection password protection governs what {@code GetConnection} returns to readers
 * of the catalog, not how it is stored, and is not read.
 */
final class GlueCatalogEncryptionMapping implements ModelMapping {
  private static final String MODE = "CatalogEncryptionMode";

  @Override
  public Set<String> types() {
    return Set.of("AWS::Glue::DataCatalogEncryptionSettings");
  }

  @Override
  public List<CloudModel> map(Resource catalog, Stack stack) {
    NestedProperty mode = NestedProperty.of(catalog, "DataCatalogEncryptionSettings", "EncryptionAtRest", MODE);
    Fact encrypted = mode.entry()
        .map(entry -> Fact.of(entry.value(), MODE, entry.range(),
            value -> value.asString().map(text -> !text.equalsIgnoreCase("DISABLED"))))
        .orElseGet(() -> mode.absent(false));
    Fact customerKey = encrypted.isTrue()
        ? NestedProperty.of(catalog, "DataCatalogEncryptionSettings", "EncryptionAtRest").customerKey("SseAwsKmsKeyId")
        : encrypted;
    return List.of(new DataStore(catalog, "data catalog", encrypted, customerKey));
  }
}

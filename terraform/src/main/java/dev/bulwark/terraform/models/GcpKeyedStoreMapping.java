package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Google Cloud stores that are always encrypted at rest, with a Cloud KMS key of the customer's only when one is
 * named, in an attribute of the resource or of its first nested block ({@link #STORES}); Google manages the key
 * otherwise. A BigQuery table without its own {@code encryption_configuration} takes the default key of its dataset
 * (the {@code google_bigquery_dataset} its {@code dataset_id} refers to; unknown when that is not in the module); a
 * logical view ({@code view}) or an external table ({@code external_data_configuration}) stores no data in BigQuery
 * and is not modelled.
 */
final class GcpKeyedStoreMapping implements ModelMapping {
  private static final String TABLE = "google_bigquery_table";
  private static final List<String> DATALESS_TABLE = List.of("view", "external_data_configuration");

  /** Where each store names its key: what it is called, then the nested blocks (outermost first) and the key. */
  private static final Map<String, List<String>> STORES = Map.ofEntries(
      Map.entry(TABLE, List.of("table", "encryption_configuration", "kms_key_name")),
      Map.entry("google_spanner_database", List.of("database", "encryption_config", "kms_key_name")),
      Map.entry("google_bigtable_instance", List.of("instance storage", "cluster", "kms_key_name")),
      Map.entry("google_dataproc_cluster",
          List.of("cluster disks", "cluster_config", "encryption_config", "kms_key_name")),
      Map.entry("google_vertex_ai_dataset", List.of("dataset", "encryption_spec", "kms_key_name")),
      Map.entry("google_vertex_ai_endpoint", List.of("endpoint", "encryption_spec", "kms_key_name")),
      Map.entry("google_vertex_ai_featurestore", List.of("feature store", "encryption_spec", "kms_key_name")),
      Map.entry("google_vertex_ai_tensorboard", List.of("tensorboard", "encryption_spec", "kms_key_name")),
      Map.entry("google_vertex_ai_metadata_store", List.of("metadata store", "encryption_spec", "kms_key_name")),
      Map.entry("google_document_ai_processor", List.of("processor", "kms_key_name")),
      Map.entry("google_alloydb_cluster", List.of("cluster storage", "encryption_config", "kms_key_name")),
      Map.entry("google_dataflow_job", List.of("job state", "kms_key_name")),
      Map.entry("google_artifact_registry_repository", List.of("repository", "kms_key_name")),
      Map.entry("google_filestore_instance", List.of("file share", "kms_key_name")));

  @Override
  public Set<String> types() {
    return STORES.keySet();
  }

  @Override
  public List<CloudModel> map(Resource store, Module module) {
    if (store.type().equals(TABLE) && DATALESS_TABLE.stream().anyMatch(key -> store.attribute(key).isPresent())) {
      return List.of();
    }
    List<String> path = STORES.get(store.type());
    Fact key = key(store.attributes(), path.subList(1, path.size()), store.range());
    if (store.type().equals(TABLE) && key.isFalse() && key.byDefault()) {
      key = datasetKey(store, module);
    }
    return List.of(DataStore.alwaysEncrypted(store, path.get(0), key));
  }

  /** The key named at the end of {@code path} (blocks, then the attribute); false where a block or it is missing. */
  private static Fact key(MapValue attributes, List<String> path, Range header) {
    if (path.size() == 1) {
      return KmsKeys.customerManaged(attributes, path.get(0), header);
    }
    return NestedBlocks.first(attributes, path.get(0), header,
        (block, at) -> key(block, path.subList(1, path.size()), at));
  }

  /** The default key of the dataset a table belongs to; unknown when the dataset is not in the module. */
  private static Fact datasetKey(Resource table, Module module) {
    return module.referredTo(table, "dataset_id").stream()
        .filter(resource -> resource.type().equals("google_bigquery_dataset"))
        .findFirst()
        .map(BigQueryAccessMapping::datasetKey)
        .map(key -> key.isFalse() ? Fact.byDefault(false, "encryption_configuration", table.range()) : key)
        .orElseGet(() -> Fact.unknown("encryption_configuration", table.range(), List.of()));
  }
}

resource "google_kms_crypto_key" "data" {
  name     = "data"
  key_ring = "projects/p/locations/europe-west1/keyRings/data"
}

resource "google_bigquery_dataset" "keyed" {
  dataset_id = "keyed"
  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.data.id
  }
}

resource "google_bigquery_dataset" "plain" { # expect: BW305
  dataset_id = "plain"
}

# A table without its own key takes its dataset's default key.
resource "google_bigquery_table" "in_keyed_dataset" {
  dataset_id = google_bigquery_dataset.keyed.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "in_plain_dataset" { # expect: BW305
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "own_key" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "audit"
  encryption_configuration {
    kms_key_name = google_kms_crypto_key.data.id
  }
}

# A logical view stores no data.
resource "google_bigquery_table" "recent_events" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "recent_events"
  view {
    query          = "SELECT * FROM events WHERE day > CURRENT_DATE() - 7"
    use_legacy_sql = false
  }
}

# The dataset is not in this module: it may have a default key.
resource "google_bigquery_table" "elsewhere" {
  dataset_id = "shared_dataset"
  table_id   = "events"
}

resource "google_spanner_database" "orders" { # expect: BW305
  instance = "main"
  name     = "orders"
}

resource "google_spanner_database" "keyed" {
  instance = "main"
  name     = "keyed"
  encryption_config {
    kms_key_name = google_kms_crypto_key.data.id
  }
}

resource "google_bigtable_instance" "metrics" {
  name = "metrics"
  cluster { # expect: BW305
    cluster_id = "metrics-c1"
    zone       = "europe-west1-b"
  }
}

resource "google_dataproc_cluster" "etl" {
  name = "etl"
  cluster_config { # expect: BW305
    master_config {
      num_instances = 1
    }
  }
}

resource "google_dataproc_cluster" "keyed_etl" {
  name = "keyed-etl"
  cluster_config {
    encryption_config {
      kms_key_name = google_kms_crypto_key.data.id
    }
  }
}

resource "google_artifact_registry_repository" "images" { # expect: BW305
  repository_id = "images"
  format        = "DOCKER"
}

resource "google_artifact_registry_repository" "keyed_images" {
  repository_id = "keyed-images"
  format        = "DOCKER"
  kms_key_name  = google_kms_crypto_key.data.id
}

resource "google_redis_instance" "sessions" { # expect: BW305
  name           = "sessions"
  memory_size_gb = 1
}

resource "google_redis_instance" "keyed_sessions" {
  name                 = "keyed-sessions"
  memory_size_gb       = 1
  customer_managed_key = google_kms_crypto_key.data.id
}

resource "google_vertex_ai_dataset" "images" { # expect: BW305
  display_name        = "images"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
}

resource "google_dataflow_job" "ingest" { # expect: BW305
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"
  temp_gcs_location = "gs://temp/dataflow"
}

resource "google_filestore_instance" "share" {
  name         = "share"
  tier         = "BASIC_HDD"
  kms_key_name = google_kms_crypto_key.data.id
}

resource "google_alloydb_cluster" "warehouse" { # expect: BW305
  cluster_id = "warehouse"
  location   = "europe-west1"
}

resource "google_vertex_ai_endpoint" "predictions" { # expect: BW305
  name         = "predictions"
  display_name = "predictions"
  location     = "europe-west1"
}

resource "google_vertex_ai_featurestore" "features" {
  name   = "features"
  region = "europe-west1"

  encryption_spec {
    kms_key_name = "projects/p/locations/europe-west1/keyRings/ml/cryptoKeys/features"
  }
}

resource "google_vertex_ai_tensorboard" "training" { # expect: BW305
  display_name = "training"
  region       = "europe-west1"
}

resource "google_vertex_ai_metadata_store" "lineage" { # expect: BW305
  name   = "lineage"
  region = "europe-west1"
}

resource "google_document_ai_processor" "invoices" { # expect: BW305
  location     = "eu"
  display_name = "invoices"
  type         = "INVOICE_PROCESSOR"
}

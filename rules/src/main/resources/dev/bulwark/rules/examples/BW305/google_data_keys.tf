# Google encrypts Cloud SQL and BigQuery data with its own keys unless a Cloud KMS key is named.
resource "google_sql_database_instance" "orders" { # expect: BW305
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "ledger" {
  name                = "ledger"
  database_version    = "POSTGRES_15"
  region              = "europe-west1"
  encryption_key_name = "projects/p/locations/europe-west1/keyRings/sql/cryptoKeys/ledger"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_bigquery_dataset" "events" { # expect: BW305
  dataset_id = "events"
  location   = "EU"
}

resource "google_bigquery_dataset" "payments" {
  dataset_id = "payments"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = "projects/p/locations/eu/keyRings/bigquery/cryptoKeys/payments"
  }
}

resource "google_pubsub_topic" "events" { # expect: BW305
  name = "events"
}

resource "google_pubsub_topic" "payments" {
  name         = "payments"
  kms_key_name = "projects/p/locations/global/keyRings/pubsub/cryptoKeys/payments"
}

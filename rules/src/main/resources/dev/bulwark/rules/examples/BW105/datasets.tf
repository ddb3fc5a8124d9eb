# A dataset shared with every Google account, one shared with a domain, and grants made on their own.
resource "google_bigquery_dataset" "shared_with_everyone" {
  dataset_id = "shared_with_everyone"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # expect: BW105
  }
}

resource "google_bigquery_dataset" "shared_with_domain" {
  dataset_id = "shared_with_domain"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }

  access {
    role   = "READER"
    domain = "example.com"
  }
}

resource "google_bigquery_dataset_access" "public_reader" {
  dataset_id = google_bigquery_dataset.shared_with_domain.dataset_id
  role       = "READER"
  iam_member = "allUsers" # expect: BW105
}

resource "google_bigquery_dataset_iam_binding" "viewers" {
  dataset_id = google_bigquery_dataset.shared_with_domain.dataset_id
  role       = "roles/bigquery.dataViewer"
  members    = ["group:analysts@example.com", "allUsers"] # expect: BW105
}

resource "google_bigquery_table_iam_member" "analyst" {
  dataset_id = google_bigquery_dataset.shared_with_domain.dataset_id
  table_id   = "orders"
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@example.com"
}

variable "reader" {
  type = string
}

# A member that is not known before deployment is not assessed.
resource "google_bigquery_dataset_iam_member" "from_variable" {
  dataset_id = google_bigquery_dataset.shared_with_domain.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = var.reader
}

variable "readers" {
  type    = list(string)
  default = ["group:team@example.com"]
}

resource "google_bigquery_dataset" "this" {
  dataset_id = "data"
}

resource "google_bigquery_dataset_iam_binding" "readers" {
  dataset_id = google_bigquery_dataset.this.dataset_id
  role       = "roles/bigquery.dataViewer"
  members    = var.readers
}

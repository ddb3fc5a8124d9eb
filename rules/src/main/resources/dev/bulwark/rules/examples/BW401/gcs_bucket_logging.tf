resource "google_storage_bucket" "no_logs" { # expect: BW401
  name     = "no-logs"
  location = "EU"
}

resource "google_storage_bucket" "logged" {
  name     = "logged"
  location = "EU"

  logging {
    log_bucket = google_storage_bucket.no_logs.name
  }
}

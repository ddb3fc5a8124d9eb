# The configuration for all services must turn on DATA_READ and DATA_WRITE, and exempt no one.
resource "google_project_iam_audit_config" "reads_only" { # expect: BW423
  project = "orders-prod"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
}

resource "google_folder_iam_audit_config" "with_exemption" {
  folder  = "folders/1234567"
  service = "allServices"

  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type         = "DATA_WRITE"
    exempted_members = ["serviceAccount:etl@orders-prod.iam.gserviceaccount.com"] # expect: BW423
  }
}

resource "google_organization_iam_audit_config" "complete" {
  org_id  = "1234567890"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# A configuration for one service adds to the one for all services.
resource "google_project_iam_audit_config" "storage_reads" {
  project = "orders-prod"
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = "DATA_READ"
  }
}

variable "log_types" {
  type = list(string)
}

# Log types that are not known before deployment are not assessed.
resource "google_project_iam_audit_config" "from_variable" {
  project = "orders-staging"
  service = "allServices"

  dynamic "audit_log_config" {
    for_each = var.log_types
    content {
      log_type = audit_log_config.value
    }
  }
}

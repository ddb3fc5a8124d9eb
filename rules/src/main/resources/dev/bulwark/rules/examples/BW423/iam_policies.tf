# An authoritative IAM policy carries the audit configurations of its google_iam_policy.
data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:operations@example.com"]
  }
  audit_config { # expect: BW423
    service = "allServices"
    audit_log_configs {
      log_type = "ADMIN_READ"
    }
    audit_log_configs {
      log_type = "DATA_READ"
    }
  }
}

resource "google_project_iam_policy" "analytics" {
  project     = "analytics-prod"
  policy_data = data.google_iam_policy.project.policy_data
}

data "google_iam_policy" "folder" {
  audit_config {
    service = "allServices"
    audit_log_configs {
      log_type = "DATA_READ"
    }
    audit_log_configs {
      log_type = "DATA_WRITE"
    }
  }
  audit_config {
    service = "storage.googleapis.com"
    audit_log_configs {
      log_type         = "DATA_READ"
      exempted_members = ["serviceAccount:batch@analytics-prod.iam.gserviceaccount.com"] # expect: BW423
    }
  }
}

resource "google_folder_iam_policy" "data" {
  folder      = "folders/1234567"
  policy_data = data.google_iam_policy.folder.policy_data
}

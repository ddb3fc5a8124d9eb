# An IAM policy replaces a dataset's or table's grants with the bindings of its google_iam_policy.
data "google_iam_policy" "public_reports" {
  binding {
    role    = "roles/bigquery.dataOwner"
    members = ["group:analytics@example.com"]
  }
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["allUsers"] # expect: BW105
  }
}

resource "google_bigquery_dataset_iam_policy" "reports" {
  dataset_id  = "reports"
  policy_data = data.google_iam_policy.public_reports.policy_data
}

data "google_iam_policy" "team_only" {
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["group:finance@example.com"]
  }
}

resource "google_bigquery_table_iam_policy" "ledger" {
  dataset_id  = "finance"
  table_id    = "ledger"
  policy_data = data.google_iam_policy.team_only.policy_data
}

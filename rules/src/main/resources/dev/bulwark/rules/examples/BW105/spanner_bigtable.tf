resource "google_spanner_database_iam_member" "public_reader" {
  instance = "orders"
  database = "ledger"
  role     = "roles/spanner.databaseReader"
  member   = "allUsers" # expect: BW105
}

resource "google_bigtable_table_iam_binding" "readers" {
  instance = "events"
  table    = "clicks"
  role     = "roles/bigtable.reader"
  members = [
    "group:analysts@example.com",
    "allAuthenticatedUsers", # expect: BW105
  ]
}

resource "google_spanner_instance_iam_binding" "admins" {
  instance = "orders"
  role     = "roles/spanner.admin"
  members  = ["group:dba@example.com"]
}

resource "google_bigtable_instance_iam_policy" "events" {
  instance    = "events"
  policy_data = data.google_iam_policy.events.policy_data
}

data "google_iam_policy" "events" {
  binding {
    role    = "roles/bigtable.user"
    members = ["allUsers"] # expect: BW105
  }
}

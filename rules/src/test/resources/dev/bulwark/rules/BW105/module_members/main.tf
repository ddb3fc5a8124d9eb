module "open_data" {
  source  = "./dataset"
  readers = ["allUsers"] # expect: BW105
}

module "team_data" {
  source = "./dataset"
}

locals {
  groups = ["projectReaders", "allAuthenticatedUsers"]
}

resource "google_bigquery_dataset" "reports" {
  dataset_id = "reports"

  dynamic "access" {
    for_each = local.groups
    content {
      role          = "READER"
      special_group = access.value # expect: BW105
    }
  }
}

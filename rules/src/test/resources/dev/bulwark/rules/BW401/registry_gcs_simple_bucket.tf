# The Cloud Storage registry module's simple bucket logs access only to the bucket its log_bucket names.
module "state" { # expect: BW401
  source     = "terraform-google-modules/cloud-storage/google//modules/simple_bucket"
  version    = "~> 12.0"
  name       = "example-state"
  project_id = "example"
  location   = "EU"
}

module "logged" {
  source     = "terraform-google-modules/cloud-storage/google//modules/simple_bucket"
  version    = "~> 12.0"
  name       = "example-assets"
  project_id = "example"
  location   = "EU"
  log_bucket = "example-access-logs"
}

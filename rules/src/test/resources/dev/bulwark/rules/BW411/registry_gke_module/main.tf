# The kubernetes-engine module's clusters write to Cloud Logging unless logging_service is "none".
module "gke" {
  source  = "terraform-google-modules/kubernetes-engine/google"
  version = "~> 36.0"

  project_id        = "acme-prod"
  name              = "prod"
  region            = "europe-west1"
  network           = "prod"
  subnetwork        = "gke"
  ip_range_pods     = "pods"
  ip_range_services = "services"
}

module "private_unlogged" {
  source  = "terraform-google-modules/kubernetes-engine/google//modules/private-cluster"
  version = "~> 36.0"

  project_id        = "acme-prod"
  name              = "unlogged"
  region            = "europe-west1"
  network           = "prod"
  subnetwork        = "gke"
  ip_range_pods     = "pods"
  ip_range_services = "services"
  logging_service   = "none" # expect: BW411
}

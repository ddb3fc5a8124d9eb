variable "region" {
  default = "europe-west1"
}

module "network" {
  source  = "terraform-google-modules/network/google"
  version = "~> 11.0"

  project_id   = "acme-prod"
  network_name = "prod"

  subnets = [
    { # expect: BW405
      subnet_name   = "gke"
      subnet_ip     = "10.0.0.0/20"
      subnet_region = var.region
    },
    {
      subnet_name      = "logged"
      subnet_ip        = "10.0.16.0/20"
      subnet_region    = var.region
      subnet_flow_logs = "true"
    },
    {
      subnet_name      = "turned-off"
      subnet_ip        = "10.0.32.0/20"
      subnet_region    = var.region
      subnet_flow_logs = "false" # expect: BW405
    },
    {
      subnet_name   = "proxy-only"
      subnet_ip     = "10.0.48.0/23"
      subnet_region = var.region
      purpose       = "REGIONAL_MANAGED_PROXY"
      role          = "ACTIVE"
    },
  ]
}

module "subnets_only" {
  source  = "terraform-google-modules/network/google//modules/subnets"
  version = "~> 11.0"

  project_id   = "acme-prod"
  network_name = "prod"
  subnets      = var.subnets
}

variable "subnets" {
  type = list(map(string))
}

# The flow log captures a VPC looked up elsewhere, not the one declared here.
data "aws_vpc" "shared" {
  tags = {
    Name = "shared"
  }
}

resource "aws_vpc" "local" { # expect: BW405
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "shared" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  vpc_id               = data.aws_vpc.shared.id
}

variable "subnet_purpose" {
  type = string
}

resource "google_compute_subnetwork" "purpose_decided_later" {
  name          = "decided-later"
  ip_cidr_range = "10.1.0.0/16"
  region        = "europe-west1"
  network       = "default"
  purpose       = var.subnet_purpose
}

resource "google_compute_subnetwork" "legacy_flag" {
  name             = "legacy"
  ip_cidr_range    = "10.2.0.0/16"
  region           = "europe-west1"
  network          = "default"
  enable_flow_logs = false # expect: BW405
}

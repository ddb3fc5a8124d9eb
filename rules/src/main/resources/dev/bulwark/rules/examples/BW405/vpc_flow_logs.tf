resource "aws_vpc" "unlogged" { # expect: BW405
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "logged" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "logged" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  vpc_id               = aws_vpc.logged.id
}

# A flow log on one subnet does not capture the rest of the VPC.
resource "aws_vpc" "subnet_only" { # expect: BW405
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "logged" {
  vpc_id     = aws_vpc.subnet_only.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_flow_log" "subnet" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  subnet_id            = aws_subnet.logged.id
}

module "vpc_without_flow_log" { # expect: BW405
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "10.3.0.0/16"
}

module "vpc_with_flow_log" {
  source          = "terraform-aws-modules/vpc/aws"
  cidr            = "10.4.0.0/16"
  enable_flow_log = true
}

resource "google_compute_subnetwork" "unlogged" { # expect: BW405
  name          = "unlogged"
  ip_cidr_range = "10.5.0.0/16"
  region        = "europe-west1"
  network       = "default"
}

resource "google_compute_subnetwork" "logged" {
  name          = "logged"
  ip_cidr_range = "10.6.0.0/16"
  region        = "europe-west1"
  network       = "default"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
  }
}

# Proxy-only subnets cannot have flow logs.
resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  ip_cidr_range = "10.7.0.0/23"
  region        = "europe-west1"
  network       = "default"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

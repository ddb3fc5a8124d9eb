variable "log_types" {
  type = list(string)
}

resource "aws_eks_cluster" "default_logs" { # expect: BW411
  name     = "default-logs"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "no_types" {
  name                      = "no-types"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = [] # expect: BW411

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "scheduler_only" {
  name                      = "scheduler-only"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["scheduler"] # expect: BW411

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "audited" {
  name                      = "audited"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "chosen" {
  name                      = "chosen"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "google_container_cluster" "no_logging" {
  name               = "no-logging"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "none" # expect: BW411
}

resource "google_container_cluster" "default_logging" {
  name               = "default-logging"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "kubernetes_logging" {
  name               = "kubernetes-logging"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "logging.googleapis.com/kubernetes"
}

resource "google_container_cluster" "no_components" {
  name               = "no-components"
  location           = "europe-west1"
  initial_node_count = 1

  logging_config {
    enable_components = [] # expect: BW411
  }
}

resource "google_container_cluster" "system_components" {
  name               = "system-components"
  location           = "europe-west1"
  initial_node_count = 1

  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "APISERVER", "WORKLOADS"]
  }
}

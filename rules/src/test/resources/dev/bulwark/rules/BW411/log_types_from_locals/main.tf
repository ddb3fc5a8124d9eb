locals {
  control_plane_logs = ["api", "audit"]
  extra_logs         = ["scheduler"]
}

resource "aws_eks_cluster" "audited" {
  name                      = "audited"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = concat(local.control_plane_logs, ["authenticator"])

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "scheduler_only" {
  name                      = "scheduler-only"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = local.extra_logs # expect: BW411

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

# Cloud Posse's EKS module logs the control plane types its call lists, none by default.
module "silent" { # expect: BW411
  source  = "cloudposse/eks-cluster/aws"
  version = "4.1.0"
}

module "audited" {
  source                    = "cloudposse/eks-cluster/aws"
  version                   = "4.1.0"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

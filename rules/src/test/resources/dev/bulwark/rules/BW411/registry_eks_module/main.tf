# Since v18 the module enables the audit, api and authenticator log types by default.
module "default_logs" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.11"

  cluster_name    = "default-logs"
  cluster_version = "1.30"
  subnet_ids      = ["subnet-0a1b2c3d"]
  vpc_id          = "vpc-0a1b2c3d"
}

module "no_logs" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.11"

  cluster_name              = "no-logs"
  cluster_version           = "1.30"
  cluster_enabled_log_types = [] # expect: BW411
  subnet_ids                = ["subnet-0a1b2c3d"]
  vpc_id                    = "vpc-0a1b2c3d"
}

module "v21_scheduler_only" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"

  name               = "scheduler-only"
  kubernetes_version = "1.33"
  enabled_log_types  = ["scheduler"] # expect: BW411
  subnet_ids         = ["subnet-0a1b2c3d"]
  vpc_id             = "vpc-0a1b2c3d"
}

# Before v18 the module enabled no log type, and this call's version allows only releases before 18.
module "old_release" { # expect: BW411
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 17.24"

  cluster_name    = "old-release"
  cluster_version = "1.21"
  subnets         = ["subnet-0a1b2c3d"]
  vpc_id          = "vpc-0a1b2c3d"
}

module "not_created" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.11"

  create                    = false
  cluster_name              = "not-created"
  cluster_enabled_log_types = []
  subnet_ids                = ["subnet-0a1b2c3d"]
  vpc_id                    = "vpc-0a1b2c3d"
}

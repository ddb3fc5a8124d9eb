# Cloud Posse's database modules export the logs their calls list, none by default.
module "orders_db" { # expect: BW410
  source  = "cloudposse/rds/aws"
  version = "1.1.0"

  engine         = "postgres"
  instance_class = "db.t3.small"
}

module "reports_db" {
  source  = "cloudposse/rds/aws"
  version = "1.1.0"

  engine                          = "postgres"
  instance_class                  = "db.t3.small"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

module "aurora" {
  source  = "cloudposse/rds-cluster/aws"
  version = "1.3.2"

  engine                          = "aurora-postgresql"
  enabled_cloudwatch_logs_exports = [] # expect: BW410
}

module "catalog" {
  source  = "cloudposse/documentdb-cluster/aws"
  version = "0.14.0"

  enabled_cloudwatch_logs_exports = ["profiler"] # expect: BW410
}

module "disabled" {
  source  = "cloudposse/rds/aws"
  version = "1.1.0"
  enabled = false
}

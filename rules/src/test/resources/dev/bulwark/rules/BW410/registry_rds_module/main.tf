module "db" { # expect: BW410
  source         = "terraform-aws-modules/rds/aws"
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.t3.small"
}

module "logged" {
  source                          = "terraform-aws-modules/rds/aws"
  identifier                      = "billing"
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

module "empty" {
  source                          = "terraform-aws-modules/rds/aws"
  identifier                      = "reports"
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = [] # expect: BW410
}

module "aurora" { # expect: BW410
  source         = "terraform-aws-modules/rds-aurora/aws"
  name           = "inventory"
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}

module "aurora_logged" {
  source                          = "terraform-aws-modules/rds-aurora/aws"
  name                            = "catalog"
  engine                          = "aurora-postgresql"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

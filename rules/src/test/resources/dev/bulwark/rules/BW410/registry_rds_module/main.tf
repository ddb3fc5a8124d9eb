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

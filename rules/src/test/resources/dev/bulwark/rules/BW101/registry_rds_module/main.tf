# Registry modules are not downloaded; the inputs of the well-known ones are still checked.
module "public" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.0"

  identifier          = "reporting"
  engine              = "postgres"
  publicly_accessible = true # expect: BW101
}

module "private" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.0"

  identifier          = "orders"
  engine              = "postgres"
  publicly_accessible = false
}

module "by_default" {
  source     = "terraform-aws-modules/rds/aws"
  identifier = "defaults"
}

module "not_created" {
  source              = "terraform-aws-modules/rds/aws"
  create_db_instance  = false
  publicly_accessible = true
}

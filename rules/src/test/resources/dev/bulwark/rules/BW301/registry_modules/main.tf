# terraform-aws-modules/rds defaults storage_encrypted to true, unlike the provider.
module "encrypted_by_the_module" {
  source     = "terraform-aws-modules/rds/aws"
  identifier = "orders"
}

module "turned_off" {
  source            = "terraform-aws-modules/rds/aws"
  identifier        = "reporting"
  storage_encrypted = false # expect: BW301
}

module "aurora" {
  source            = "terraform-aws-modules/rds-aurora/aws"
  name              = "analytics"
  engine            = "aurora-postgresql"
  storage_encrypted = false # expect: BW301
}

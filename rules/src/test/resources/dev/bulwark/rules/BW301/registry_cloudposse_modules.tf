# Cloud Posse's database modules: storage encryption as the call sets it; the default changed across releases.
module "plain" {
  source            = "cloudposse/rds/aws"
  version           = "1.1.0"
  storage_encrypted = false # expect: BW301
}

module "unset" {
  source  = "cloudposse/rds-cluster/aws"
  version = "1.3.2"
}

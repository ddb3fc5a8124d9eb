# The SNS registry module's topic is unencrypted without a kms_master_key_id, as an aws_sns_topic is.
module "alerts" { # expect: BW301
  source  = "terraform-aws-modules/sns/aws"
  version = "~> 6.0"
  name    = "alerts"
}

module "orders" {
  source            = "terraform-aws-modules/sns/aws"
  version           = "~> 6.0"
  name              = "orders"
  kms_master_key_id = "alias/orders"
}

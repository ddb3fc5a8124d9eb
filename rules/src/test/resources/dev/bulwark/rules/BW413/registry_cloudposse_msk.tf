# Cloud Posse's MSK module delivers broker logs only where its call turns a destination on.
module "events" { # expect: BW413
  source  = "cloudposse/msk-apache-kafka-cluster/aws"
  version = "2.3.0"
}

module "audited" {
  source                  = "cloudposse/msk-apache-kafka-cluster/aws"
  version                 = "2.3.0"
  cloudwatch_logs_enabled = true
}

module "switched_off" {
  source          = "cloudposse/msk-apache-kafka-cluster/aws"
  version         = "2.3.0"
  s3_logs_enabled = false # expect: BW413
}

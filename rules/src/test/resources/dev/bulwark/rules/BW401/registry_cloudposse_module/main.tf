# Cloud Posse's S3 bucket module logs access only with its logging input.
module "assets" { # expect: BW401
  source  = "cloudposse/s3-bucket/aws"
  version = "4.2.0"
}

module "logged" {
  source  = "cloudposse/s3-bucket/aws"
  version = "4.2.0"
  logging = [{
    bucket_name = "example-access-logs"
    prefix      = "assets/"
  }]
}

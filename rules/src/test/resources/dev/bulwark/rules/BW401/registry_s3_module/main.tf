module "no_logging" { # expect: BW401
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "example-no-logging"
}

module "with_logging" {
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "example-with-logging"

  logging = {
    target_bucket = "example-logs"
    target_prefix = "with-logging/"
  }
}

module "empty_logging" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  bucket  = "example-empty-logging"
  logging = {} # expect: BW401
}

module "not_created" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  create_bucket = false
}

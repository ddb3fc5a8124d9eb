module "cdn_without_logs" { # expect: BW407
  source = "terraform-aws-modules/cloudfront/aws"

  origin = {
    site = {
      domain_name = "example.s3.amazonaws.com"
    }
  }
}

module "cdn_with_logs" {
  source = "terraform-aws-modules/cloudfront/aws"

  logging_config = {
    bucket = "example-cdn-logs.s3.amazonaws.com"
  }
}

module "cdn_empty_logging" {
  source = "terraform-aws-modules/cloudfront/aws"

  logging_config = {} # expect: BW407
}

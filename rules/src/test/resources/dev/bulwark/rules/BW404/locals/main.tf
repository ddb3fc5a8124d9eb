locals {
  validate = false
}

resource "aws_cloudtrail" "from_local" {
  count                      = 2
  name                       = "trail-${count.index}"
  s3_bucket_name             = "example-trail-logs"
  enable_log_file_validation = local.validate # expect: BW404, BW404
}

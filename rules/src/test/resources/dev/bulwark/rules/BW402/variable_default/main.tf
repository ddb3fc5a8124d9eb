variable "trail_logging" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "from_variable" {
  name           = "from-variable"
  s3_bucket_name = "example-trail-logs"
  enable_logging = var.trail_logging # expect: BW402
}

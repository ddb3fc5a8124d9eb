resource "aws_cloudtrail" "stopped" {
  name           = "stopped"
  s3_bucket_name = "example-trail-logs"
  enable_logging = false # expect: BW402
}

# enable_logging defaults to true.
resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = "example-trail-logs"
}

resource "aws_cloudtrail" "logging" {
  name           = "logging"
  s3_bucket_name = "example-trail-logs"
  enable_logging = true
}

variable "trail_logging" {
  type = bool
}

resource "aws_cloudtrail" "decided_later" {
  name           = "decided-later"
  s3_bucket_name = "example-trail-logs"
  enable_logging = var.trail_logging
}

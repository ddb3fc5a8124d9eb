resource "aws_cloudtrail" "unsigned" { # expect: BW404
  name           = "unsigned"
  s3_bucket_name = "example-trail-logs"
}

resource "aws_cloudtrail" "explicitly_unsigned" {
  name                       = "explicitly-unsigned"
  s3_bucket_name             = "example-trail-logs"
  enable_log_file_validation = false # expect: BW404
}

resource "aws_cloudtrail" "signed" {
  name                       = "signed"
  s3_bucket_name             = "example-trail-logs"
  enable_log_file_validation = true
}

# CloudTrail encrypts its log files with SSE-S3; a key of your own only when kms_key_id names one.
resource "aws_cloudtrail" "main" { # expect: BW305
  name                       = "main"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "keyed" {
  name                       = "keyed"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudtrail" "s3_only" { # expect: BW420
  name                          = "s3-only"
  s3_bucket_name                = "audit-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
}

resource "aws_cloudtrail" "watched" {
  name                       = "watched"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-logs"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "trail"
  retention_in_days = 365
}

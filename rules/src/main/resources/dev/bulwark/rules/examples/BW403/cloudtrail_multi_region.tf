resource "aws_cloudtrail" "one_region" { # expect: BW403
  name           = "one-region"
  s3_bucket_name = "example-trail-logs"
}

resource "aws_cloudtrail" "explicit_one_region" {
  name                  = "explicit-one-region"
  s3_bucket_name        = "example-trail-logs"
  is_multi_region_trail = false # expect: BW403
}

resource "aws_cloudtrail" "no_global_events" {
  name                          = "no-global-events"
  s3_bucket_name                = "example-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = false # expect: BW403
}

resource "aws_cloudtrail" "all_regions" {
  name                  = "all-regions"
  s3_bucket_name        = "example-trail-logs"
  is_multi_region_trail = true
}

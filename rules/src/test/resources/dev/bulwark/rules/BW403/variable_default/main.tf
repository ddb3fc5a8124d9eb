variable "global_events" {
  type    = bool
  default = false
}

variable "multi_region" {
  type = bool
}

resource "aws_cloudtrail" "no_global_events" {
  name                          = "no-global-events"
  s3_bucket_name                = "example-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = var.global_events # expect: BW403
}

resource "aws_cloudtrail" "decided_later" {
  name                  = "decided-later"
  s3_bucket_name        = "example-trail-logs"
  is_multi_region_trail = var.multi_region
}

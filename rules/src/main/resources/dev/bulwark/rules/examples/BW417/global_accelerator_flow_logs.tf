resource "aws_globalaccelerator_accelerator" "no_attributes" { # expect: BW417
  name            = "no-attributes"
  ip_address_type = "IPV4"
  enabled         = true
}

# flow_logs_enabled defaults to false even with a bucket.
resource "aws_globalaccelerator_accelerator" "bucket_only" {
  name            = "bucket-only"
  ip_address_type = "IPV4"

  attributes { # expect: BW417
    flow_logs_s3_bucket = "example-accelerator-logs"
    flow_logs_s3_prefix = "flow/"
  }
}

resource "aws_globalaccelerator_accelerator" "disabled" {
  name            = "disabled"
  ip_address_type = "IPV4"

  attributes {
    flow_logs_enabled = false # expect: BW417
  }
}

resource "aws_globalaccelerator_accelerator" "logged" {
  name            = "logged"
  ip_address_type = "IPV4"

  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = "example-accelerator-logs"
    flow_logs_s3_prefix = "flow/"
  }
}

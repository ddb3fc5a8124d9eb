# Standard logging through an optional dynamic block, as modules write it: when the block makes nothing, a v2
# delivery source for the distribution still logs it; without one, the empty block is where logging is to be added.
# (Origins, cache behaviour and certificate are left out: they do not bear on logging.)
variable "logging_config" {
  type    = object({ bucket = string })
  default = null
}

resource "aws_cloudfront_distribution" "logged_v2" {
  enabled = true

  dynamic "logging_config" {
    for_each = var.logging_config == null ? [] : [var.logging_config]
    content {
      bucket = logging_config.value.bucket
    }
  }
}

resource "aws_cloudwatch_log_delivery_source" "distribution" {
  name         = "cdn-access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.logged_v2.arn
}

resource "aws_cloudfront_distribution" "unlogged" {
  enabled = true

  dynamic "logging_config" { # expect: BW407
    for_each = var.logging_config == null ? [] : [var.logging_config]
    content {
      bucket = logging_config.value.bucket
    }
  }
}

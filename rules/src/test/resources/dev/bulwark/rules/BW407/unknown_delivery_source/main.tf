# A log delivery source for a resource decided at deploy time might be this distribution's.
variable "logged_resource_arn" {
  type = string
}

resource "aws_cloudwatch_log_delivery_source" "decided_later" {
  name         = "access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = var.logged_resource_arn
}

resource "aws_cloudfront_distribution" "maybe_logged" {
  enabled = true

  origin {
    domain_name = "example.s3.amazonaws.com"
    origin_id   = "s3"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

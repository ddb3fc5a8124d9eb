resource "aws_wafv2_web_acl" "unlogged" { # expect: BW421
  name  = "unlogged"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "unlogged"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "logged" {
  name  = "logged"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "logged"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudwatch_log_group" "waf" {
  name = "aws-waf-logs-logged"
}

resource "aws_wafv2_web_acl_logging_configuration" "logged" {
  resource_arn            = aws_wafv2_web_acl.logged.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_waf_web_acl" "classic" { # expect: BW421
  name        = "classic"
  metric_name = "classic"

  default_action {
    type = "ALLOW"
  }
}

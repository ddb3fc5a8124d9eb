resource "aws_elasticsearch_domain" "none" { # expect: BW412
  domain_name = "search"
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "logs"
  log_publishing_options {
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.logs.arn
    log_type                 = "INDEX_SLOW_LOGS"
    enabled                  = false # expect: BW412
  }
}

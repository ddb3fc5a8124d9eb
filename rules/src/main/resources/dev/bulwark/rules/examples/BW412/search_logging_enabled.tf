# enabled defaults to true.
resource "aws_opensearch_domain" "audit" {
  domain_name = "logs"
  log_publishing_options {
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    log_type                 = "AUDIT_LOGS"
  }
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "metrics"
  log_publishing_options {
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.metrics.arn
    log_type                 = "ES_APPLICATION_LOGS"
    enabled                  = var.publish
  }
}

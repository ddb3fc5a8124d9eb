resource "aws_elasticsearch_domain" "search" {
  domain_name = "search"
  log_publishing_options {
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:search"
    log_type                 = "ES_APPLICATION_LOGS"
    enabled                  = var.publish # expect: BW412
  }
}

variable "publish" {
  default = false
}

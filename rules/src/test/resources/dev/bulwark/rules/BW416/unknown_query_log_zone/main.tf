# The query log's zone is decided at deploy time: a zone without one here might be that one.
variable "zone_id" {
  type = string
}

resource "aws_route53_zone" "maybe_logged" {
  name = "maybe.example.com"
}

resource "aws_route53_query_log" "decided_later" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/maybe"
  zone_id                  = var.zone_id
}

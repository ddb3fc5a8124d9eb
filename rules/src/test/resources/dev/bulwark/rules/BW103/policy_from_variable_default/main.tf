resource "aws_opensearch_domain" "logs" {
  domain_name     = "logs"
  access_policies = var.policy # expect: BW103
}

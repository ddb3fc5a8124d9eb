# In a VPC: only the VPC's network paths reach it, whatever the policy says.
resource "aws_opensearch_domain" "in_vpc" {
  domain_name = "logs"
  vpc_options {
    subnet_ids = [var.subnet_id]
  }
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }]
  })
}

# Anyone, but only from the office's addresses.
resource "aws_opensearch_domain" "condition" {
  domain_name = "metrics"
  access_policies = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

resource "aws_opensearch_domain" "named_principal" {
  domain_name = "audit"
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/reader" }, Action = "es:*", Resource = "*" }]
  })
}

# No policy at all admits no one; a policy from a variable is unknown.
resource "aws_opensearch_domain" "no_policy" {
  domain_name = "empty"
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name     = "configured"
  access_policies = var.policy
}

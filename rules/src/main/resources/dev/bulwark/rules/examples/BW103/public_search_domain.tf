resource "aws_opensearch_domain" "open" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({ # expect: BW103
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "*"
    }]
  })
}

resource "aws_elasticsearch_domain" "json_string" {
  domain_name     = "search"
  access_policies = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"es:ESHttpGet\"}]}" # expect: BW103
}

resource "aws_elasticsearch_domain" "separate_policy" {
  domain_name = "catalog"
}

resource "aws_elasticsearch_domain_policy" "catalog" {
  domain_name = aws_elasticsearch_domain.separate_policy.domain_name
  access_policies = jsonencode({ # expect: BW103
    Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }]
  })
}

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

# A condition restricts only its own statement: the second one admits anyone.
resource "aws_opensearch_domain" "second_statement" {
  domain_name = "shared"
  access_policies = jsonencode({ # expect: BW103
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:*"
        Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
      },
      { Effect = "Allow", Principal = "*", Action = "es:ESHttpGet" },
    ]
  })
}

# A search domain whose endpoint does not enforce HTTPS also accepts plain HTTP from clients.
resource "aws_opensearch_domain" "http_allowed" {
  domain_name    = "http-allowed"
  engine_version = "OpenSearch_2.11"

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = false # expect: BW302
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "https_only" {
  domain_name    = "https-only"
  engine_version = "OpenSearch_2.11"

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https = true
  }
}

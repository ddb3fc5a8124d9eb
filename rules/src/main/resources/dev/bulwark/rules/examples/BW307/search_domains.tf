# A search domain's TLS security policy decides the oldest TLS version its HTTPS endpoint accepts.
resource "aws_opensearch_domain" "legacy_clients" {
  domain_name    = "legacy"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: BW307
  }
}

resource "aws_opensearch_domain" "modern_clients" {
  domain_name    = "modern"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

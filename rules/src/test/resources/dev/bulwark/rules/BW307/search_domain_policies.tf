variable "policy" {
  type    = string
  default = "Policy-Min-TLS-1-0-2019-07"
}

variable "decided_later" {
  type = string
}

resource "aws_elasticsearch_domain" "from_variable" {
  domain_name = "from-variable"

  domain_endpoint_options {
    tls_security_policy = var.policy # expect: BW307
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"

  domain_endpoint_options {
    tls_security_policy = var.decided_later
  }
}

# Without a policy the domain is not assessed: the API does not document its default.
resource "aws_opensearch_domain" "no_policy" {
  domain_name = "no-policy"

  domain_endpoint_options {
    enforce_https = true
  }
}

resource "aws_opensearch_domain" "no_endpoint_options" {
  domain_name = "no-endpoint-options"
}

resource "aws_opensearch_domain" "fips" {
  domain_name = "fips"

  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08"
  }
}

resource "aws_elasticsearch_domain" "default" { # expect: BW301
  domain_name = "search"
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "logs"
  encrypt_at_rest {
    enabled = false # expect: BW301
  }
}

resource "aws_opensearch_domain" "encrypted" {
  domain_name = "metrics"
  encrypt_at_rest {
    enabled = true
  }
}

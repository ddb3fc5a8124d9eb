resource "aws_kms_key" "search" {
  description = "search domains"
}

resource "aws_opensearch_domain" "managed_key" {
  domain_name = "managed-key"

  encrypt_at_rest { # expect: BW305
    enabled = true
  }
}

resource "aws_opensearch_domain" "aws_alias" {
  domain_name = "aws-alias"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = "alias/aws/es" # expect: BW305
  }
}

resource "aws_elasticsearch_domain" "unencrypted" { # expect: BW305
  domain_name = "unencrypted"
}

resource "aws_opensearch_domain" "customer_key" {
  domain_name = "customer-key"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}

# A policy written with the aws_iam_policy_document data source is read from its blocks.
data "aws_iam_policy_document" "anyone" {
  statement {
    actions   = ["es:ESHttp*"]
    resources = ["arn:aws:es:eu-west-1:111122223333:domain/logs/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name     = "logs"
  access_policies = data.aws_iam_policy_document.anyone.json # expect: BW103
}

data "aws_iam_policy_document" "office_only" {
  statement {
    actions   = ["es:ESHttp*"]
    resources = ["arn:aws:es:eu-west-1:111122223333:domain/metrics/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "IpAddress"
      variable = "aws:SourceIp"
      values   = ["203.0.113.0/24"]
    }
  }
}

resource "aws_opensearch_domain" "metrics" {
  domain_name     = "metrics"
  access_policies = data.aws_iam_policy_document.office_only.json
}

data "aws_iam_policy_document" "everyone" {
  statement {
    actions   = ["es:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_elasticsearch_domain" "catalog" {
  domain_name = "catalog"
}

resource "aws_elasticsearch_domain_policy" "catalog" {
  domain_name     = aws_elasticsearch_domain.catalog.domain_name
  access_policies = data.aws_iam_policy_document.everyone.json # expect: BW103
}

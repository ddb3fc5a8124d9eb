# AWS provider v4+ configures a bucket's logging in a separate resource, which refers to the bucket or names it.
resource "aws_s3_bucket" "by_reference" {
  bucket = "example-by-reference"
}

resource "aws_s3_bucket_logging" "by_reference" {
  bucket        = aws_s3_bucket.by_reference.id
  target_bucket = aws_s3_bucket.logs.id
}

resource "aws_s3_bucket" "by_name" {
  bucket = "example-${local.suffix}"
}

resource "aws_s3_bucket_logging" "by_name" {
  bucket        = "example-by-name"
  target_bucket = aws_s3_bucket.logs.id
}

locals {
  suffix = "by-name"
}

resource "aws_s3_bucket" "per_team" { # expect: BW401
  for_each = toset(["blue", "green"])
  bucket   = "example-${each.key}"
}

resource "aws_s3_bucket_logging" "per_team" {
  for_each      = { for team, bucket in aws_s3_bucket.per_team : team => bucket if team == "blue" }
  bucket        = each.value.id
  target_bucket = aws_s3_bucket.logs.id
}

# Only blue logs: green has no logging (above), and neither has the bucket the logs go to.
resource "aws_s3_bucket" "logs" { # expect: BW401
  bucket = "example-logs"
}

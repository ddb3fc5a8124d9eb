resource "aws_s3_bucket" "no_logging" { # expect: BW401
  bucket = "example-no-logging"
}

resource "aws_s3_bucket" "inline_logging" {
  bucket = "example-inline-logging"

  logging {
    target_bucket = "example-logs"
    target_prefix = "inline/"
  }
}

resource "aws_s3_bucket" "split_logging" {
  bucket = "example-split-logging"
}

resource "aws_s3_bucket_logging" "split_logging" {
  bucket        = aws_s3_bucket.split_logging.id
  target_bucket = aws_s3_bucket.log_target.id
  target_prefix = "split/"
}

# Being the target of another bucket's logs does not make this bucket log its own access.
resource "aws_s3_bucket" "log_target" { # expect: BW401
  bucket = "example-logs"
}

resource "aws_s3_bucket" "empty_logging" {
  bucket  = "example-empty"
  logging = [] # expect: BW401
}

resource "aws_s3_bucket" "dynamic_logging" {
  bucket = "example-dynamic"

  dynamic "logging" {
    for_each = var.log_bucket == null ? [] : [var.log_bucket]
    content {
      target_bucket = logging.value
    }
  }
}

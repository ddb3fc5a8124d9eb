variable "bucket_key" {
  type = string
}

# A key given by a variable is taken to be the customer's.
resource "aws_s3_bucket" "variable_key" {
  bucket = "variable-key"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = var.bucket_key
      }
    }
  }
}

resource "aws_s3_bucket" "bucket_key_only" {
  bucket = "bucket-key-only"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_key_only" { # expect: BW304
  bucket = aws_s3_bucket.bucket_key_only.id

  rule {
    bucket_key_enabled = true
  }
}

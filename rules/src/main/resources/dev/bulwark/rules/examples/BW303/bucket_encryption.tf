resource "aws_s3_bucket" "implicit" { # expect: BW303
  bucket = "implicit-sse-s3"
}

resource "aws_s3_bucket" "inline" {
  bucket = "inline"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

resource "aws_s3_bucket" "attached" {
  bucket = "attached"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "attached" {
  bucket = aws_s3_bucket.attached.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "key_only" {
  bucket = "key-only"
}

# A rule with only a bucket key sets no default encryption.
resource "aws_s3_bucket_server_side_encryption_configuration" "key_only" { # expect: BW303
  bucket = aws_s3_bucket.key_only.id

  rule {
    bucket_key_enabled = true
  }
}

# Cloud Storage always has default encryption.
resource "google_storage_bucket" "assets" {
  name     = "assets"
  location = "EU"
}

# kics-scan disable=f861041c-8c9f-4156-acfc-5e6e524f5884

resource "aws_s3_bucket" "public_site" {
  bucket = "public-site"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "public_site" {
  bucket = aws_s3_bucket.public_site.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

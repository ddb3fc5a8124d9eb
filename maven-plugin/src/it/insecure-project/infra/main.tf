resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = true
  storage_encrypted   = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

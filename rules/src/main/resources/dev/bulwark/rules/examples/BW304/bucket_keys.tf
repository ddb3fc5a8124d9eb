resource "aws_s3_bucket" "sse_s3" { # expect: BW304
  bucket = "sse-s3"
}

resource "aws_s3_bucket" "aes" {
  bucket = "aes"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # expect: BW304
      }
    }
  }
}

resource "aws_s3_bucket" "aws_managed_key" {
  bucket = "aws-managed-key"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "alias/aws/s3" # expect: BW304
      }
    }
  }
}

resource "aws_kms_key" "buckets" {}

resource "aws_s3_bucket" "customer_key" {
  bucket = "customer-key"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "customer_key" {
  bucket = aws_s3_bucket.customer_key.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.buckets.arn
    }
  }
}

resource "google_storage_bucket" "google_key" { # expect: BW304
  name     = "google-key"
  location = "EU"
}

resource "google_storage_bucket" "cloud_kms_key" {
  name     = "cloud-kms-key"
  location = "EU"

  encryption {
    default_kms_key_name = "projects/p/locations/europe/keyRings/r/cryptoKeys/buckets"
  }
}

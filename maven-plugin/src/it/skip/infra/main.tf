resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = true
  storage_encrypted   = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

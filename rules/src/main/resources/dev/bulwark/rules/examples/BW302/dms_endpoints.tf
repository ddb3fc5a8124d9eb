resource "aws_dms_endpoint" "source" { # expect: BW302
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "orders.example.internal"
  port          = 3306
  username      = "dms"
  password      = var.password
}

resource "aws_dms_endpoint" "target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "aurora-postgresql"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  username      = "dms"
  password      = var.password
  ssl_mode      = "none" # expect: BW302
}

resource "aws_dms_endpoint" "verified" {
  endpoint_id   = "ledger-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "ledger.example.internal"
  port          = 5432
  username      = "dms"
  password      = var.password
  ssl_mode      = "verify-full"
}

# S3 endpoints reach S3 over HTTPS; their SSL mode does not apply.
resource "aws_dms_endpoint" "archive" {
  endpoint_id   = "archive"
  endpoint_type = "target"
  engine_name   = "s3"

  s3_settings {
    bucket_name             = "orders-archive"
    service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
  }
}

variable "password" {
  type      = string
  sensitive = true
}

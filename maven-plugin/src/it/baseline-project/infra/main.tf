resource "aws_db_instance" "orders" {
  engine                          = "postgres"
  publicly_accessible             = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_db_instance" "reports" {
  engine                          = "postgres"
  publicly_accessible             = true # bulwark:ignore BW101 read-only replica for the BI vendor
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = false
  storage_encrypted   = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

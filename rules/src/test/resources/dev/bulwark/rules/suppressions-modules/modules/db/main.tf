variable "public" {}

resource "aws_db_instance" "this" {
  engine                          = "postgres"
  publicly_accessible             = var.public
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

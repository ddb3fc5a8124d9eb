resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = false
  storage_encrypted   = true
}

# OpenTofu reads main.tofu in place of this file, so what this file says is not checked.
resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  publicly_accessible = false
}

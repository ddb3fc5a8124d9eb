resource "aws_db_instance" "private" {
  engine              = "mysql"
  publicly_accessible = false
}

# Not set: the provider default is false.
resource "aws_db_instance" "default" {
  engine = "postgres"
}

# Decided at deploy time: unknown is not insecure.
resource "aws_db_instance" "from_variable" {
  engine              = "postgres"
  publicly_accessible = var.public
}

resource "aws_db_instance" "explicit_null" {
  publicly_accessible = null
}

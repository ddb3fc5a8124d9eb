variable "name" {
  type = string
}

variable "public" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  identifier          = var.name
  engine              = "postgres"
  publicly_accessible = var.public
}

output "address" {
  value = aws_db_instance.this.address
}

variable "name" {}
variable "public" {}
variable "replicas" {}

resource "aws_db_instance" "this" {
  identifier          = var.name
  publicly_accessible = var.public
}

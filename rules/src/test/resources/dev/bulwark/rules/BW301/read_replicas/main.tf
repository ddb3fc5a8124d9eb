# A read replica has its source's encryption whatever it sets: the source is what to change.
variable "kms_key_id" {
  default = null
}

resource "aws_db_instance" "source" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = false # expect: BW301
}

resource "aws_db_instance" "replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.source.identifier
  instance_class      = "db.t3.micro"
  storage_encrypted   = false
}

# A key argument set to null is left out: the instance is not encrypted by default.
resource "aws_db_instance" "null_key" { # expect: BW301
  engine         = "postgres"
  instance_class = "db.t3.micro"
  kms_key_id     = var.kms_key_id
}

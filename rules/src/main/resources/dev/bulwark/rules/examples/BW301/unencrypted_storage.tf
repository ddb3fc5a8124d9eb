resource "aws_ebs_volume" "plain" { # expect: BW301
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "explicitly_off" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false # expect: BW301
}

resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = false # expect: BW301
# ^^^^^^^^^^^^^^^^^^^^^^^^^ BW301
}

resource "aws_db_instance" "defaults" { # expect: BW301
  engine         = "mysql"
  instance_class = "db.t3.micro"
}

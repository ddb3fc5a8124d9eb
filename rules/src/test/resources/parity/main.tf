resource "aws_db_instance" "Database" {
  engine              = "postgres"
  publicly_accessible = true
  storage_encrypted   = false
}

resource "aws_security_group" "Web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_ebs_volume" "Scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_s3_bucket" "Logs" {
  bucket = "logs"
}

resource "aws_s3_bucket" "App" {
  bucket = "app"
  acl    = "log-delivery-write"

  logging {
    target_bucket = "logs"
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

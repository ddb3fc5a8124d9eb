resource "aws_s3_bucket" "logs" {
  bucket        = "company-logs"
  force_destroy = false
  tags = {
    Name = "not compared: an object"
  }
}

resource "aws_instance" "web" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  ebs_optimized               = false
  cpu_core_count              = 2
  monitoring                  = true
  user_data                   = <<EOT
#!/bin/bash
echo "hello"
EOT
  subnet_id                   = aws_subnet.a.id
}

resource "aws_db_instance" "db" {
  allocated_storage       = 20
  backup_retention_period = 0
  storage_encrypted       = false
  engine                  = "postgres"
  engine_version          = "15.4"
  publicly_accessible     = true
  password                = "pa$$word with \"quotes\" and \\ backslash"
}

resource "aws_security_group_rule" "ssh" {
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  description = "line one\nline two\ttabbed"
}

# A VPC's default security group should allow no traffic.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # expect: BW203
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # expect: BW203
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "attached" {
  vpc_id = aws_vpc.other.id
}

resource "aws_security_group_rule" "https" { # expect: BW203
  type              = "ingress"
  security_group_id = aws_default_security_group.attached.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["10.0.0.0/8"]
}

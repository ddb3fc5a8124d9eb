# A VPC rule resource attached to the default group is one of its rules.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-123456"
}

resource "aws_vpc_security_group_egress_rule" "all_out" { # expect: BW203
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

locals {
  open_ports = {
    https = { port = 443, cidr = "0.0.0.0/0" }
    mysql = { port = 3306, cidr = "0.0.0.0/0" }
    ssh   = { port = 22, cidr = "10.20.0.0/16" }
  }
}

resource "aws_security_group" "db" {
  name = "db"
}

resource "aws_security_group_rule" "open" {
  for_each          = local.open_ports
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = each.value.port
  to_port           = each.value.port
  protocol          = "tcp"
  cidr_blocks       = [each.value.cidr] # expect: BW201
}

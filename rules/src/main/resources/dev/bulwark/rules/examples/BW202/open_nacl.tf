# Network ACLs that admit the internet to remote administration or to every port.
variable "office" {}

resource "aws_network_acl" "public" {
  vpc_id = "vpc-123456"

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: BW202
    from_port  = 22
    to_port    = 22
  }

  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 120
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    rule_no    = 130
    protocol   = "tcp"
    action     = "allow"
    cidr_block = var.office
    from_port  = 5432
    to_port    = 5432
  }

  egress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "everything_v6" {
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 200
  protocol        = "-1"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0" # expect: BW202
}

resource "aws_network_acl_rule" "outbound" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 200
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

# The replies to the subnet's own outbound connections arrive on ephemeral ports; a stateless ACL must let them in.
resource "aws_network_acl_rule" "return_traffic" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 300
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = 1024
  to_port        = 65535
  cidr_block     = "0.0.0.0/0"
}

# Rules guarded by a null check, as registry modules write them: a map of rules is not null even when one rule's
# address is known only after apply, so each rule is read.
data "aws_vpc" "main" {}

locals {
  ingress_rules = {
    ssh      = { cidr_ipv4 = "0.0.0.0/0", from_port = 22, to_port = 22, ip_protocol = "tcp" }
    postgres = { cidr_ipv4 = data.aws_vpc.main.cidr_block, from_port = 5432, to_port = 5432, ip_protocol = "tcp" }
  }
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = { for name, rule in local.ingress_rules : name => rule if local.ingress_rules != null }

  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = each.value.cidr_ipv4 # expect: BW201
  from_port         = each.value.from_port
  to_port           = each.value.to_port
  ip_protocol       = each.value.ip_protocol
}

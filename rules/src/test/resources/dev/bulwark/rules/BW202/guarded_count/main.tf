# Rules made only when a flag holds, from a list of rules: the flag is not known, but whenever the rules exist
# they are these, so each is read.
variable "dedicated_acl" {
  type = bool
}

variable "inbound_rules" {
  default = [
    { rule_number = 100, from_port = 443, to_port = 443, cidr_block = "0.0.0.0/0" },
    { rule_number = 110, from_port = 22, to_port = 22, cidr_block = "0.0.0.0/0" },
  ]
}

data "aws_availability_zones" "available" {}

locals {
  azs = slice(data.aws_availability_zones.available.names, 0, 3)
}

resource "aws_network_acl" "public" {
  count  = var.dedicated_acl && length(local.azs) > 0 ? 1 : 0
  vpc_id = "vpc-1"
}

resource "aws_network_acl_rule" "inbound" {
  count          = var.dedicated_acl && length(local.azs) > 0 ? length(var.inbound_rules) : 0
  network_acl_id = aws_network_acl.public[0].id
  egress         = false
  rule_number    = var.inbound_rules[count.index]["rule_number"]
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = var.inbound_rules[count.index]["from_port"]
  to_port        = var.inbound_rules[count.index]["to_port"]
  cidr_block     = var.inbound_rules[count.index]["cidr_block"] # expect: BW202
}

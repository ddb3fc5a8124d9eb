variable "rules" {
  type = list(object({
    port        = number
    cidr_blocks = list(string)
    description = optional(string, "")
  }))
  default = [
    { port = 443, cidr_blocks = ["0.0.0.0/0"] },
    { port = 22, cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] },
  ]
}

resource "aws_security_group" "dynamic" {
  name = "dynamic"

  dynamic "ingress" {
    for_each = var.rules
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks # expect: BW201
    }
  }
}

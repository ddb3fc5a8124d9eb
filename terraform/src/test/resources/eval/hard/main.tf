# Constructs real modules use, together: conditional creation, splats over counted resources, nested for
# expressions, grouping, dynamic blocks over a map of objects, optional attributes, templates and YAML read from
# files, strip markers (applied before a heredoc's indentation is measured, so they keep it), legacy splats and
# indexes, provider functions, a local that refers to itself, and a module called with count that calls itself.

variable "create" {
  default = true
}

variable "create_sg" {
  default = true
}

variable "security_group_id" {
  default = null
}

variable "name" {
  default = "app"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "extra" {
  type    = any
  default = null
}

variable "rules" {
  type = map(object({
    port        = number
    cidrs       = list(string)
    description = optional(string, "managed")
  }))
  default = {
    ssh = { port = 22, cidrs = ["10.0.0.0/8", "0.0.0.0/0"] }
    web = { port = 443, cidrs = ["0.0.0.0/0"] }
  }
}

locals {
  create     = var.create && var.name != ""
  this_sg_id = var.create_sg ? concat(aws_security_group.this.*.id, [""])[0] : var.security_group_id
  rules = flatten([
    for name, rule in var.rules : [
      for cidr in rule.cidrs : { name = name, port = rule.port, cidr = cidr, description = rule.description }
    ]
  ])
  by_name   = { for rule in local.rules : "${rule.name}-${rule.cidr}" => rule }
  by_port   = { for rule in local.rules : rule.port => rule.cidr... }
  tags      = merge(var.tags, { Name = format("%s-%03d", var.name, 7) }, try(var.extra.tags, {}))
  user_data = templatefile("${path.module}/templates/init.sh.tftpl", { ports = sort(keys(local.by_port)) })
  config    = yamldecode(file("${path.module}/config.yaml"))
  legacy    = aws_security_group.this.*.name
  first     = element(concat(aws_security_group.this.*.name, ["none"]), 0)
  listing   = <<-EOT
    %{~ for port in [22, 80] ~}
    port ${port}
    %{~ endfor ~}
  EOT
  loop      = local.loop
  arn       = provider::aws::arn_parse("arn:aws:s3:::example")
  workspace = terraform.workspace
  deep      = [[[[[["x"]]]]]][0][0][0][0][0][0]
  legacy_index = [["a", "b"]].0[1]
  numbers   = [for i in range(3) : i * 2]
}

resource "aws_security_group" "this" {
  count = local.create && var.create_sg ? 1 : 0
  name  = var.name
  tags  = local.tags

  dynamic "ingress" {
    for_each = local.by_name
    content {
      description = "${ingress.key}: ${ingress.value.description}"
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }

  lifecycle {
    create_before_destroy = true
  }

  provisioner "local-exec" {
    command = "echo ${self.id}"
  }
}

resource "aws_security_group_rule" "public_https" {
  for_each          = { for key, rule in local.by_name : key => rule if rule.port == 443 }
  type              = "ingress"
  security_group_id = local.this_sg_id
  from_port         = each.value.port
  to_port           = each.value.port
  protocol          = "tcp"
  cidr_blocks       = [each.value.cidr]
  depends_on        = [aws_security_group.this]
}

module "nested" {
  source = "./nested"
  count  = length(local.numbers) > 2 ? 1 : 0
  values = local.numbers
}

output "nested_ids" {
  value = module.nested[*].ids
}

output "user_data" {
  value = local.user_data
}

variable "public" {
  type    = bool
  default = false
}

variable "settings" {
  type = object({
    engine = string
    public = optional(bool, false)
  })
  default = { engine = "mysql" }
}

locals {
  prefix     = "orders"
  identifier = "${local.prefix}-${var.settings.engine}"
}

# terraform.tfvars keeps it private, but reporting.auto.tfvars is read later and wins.
resource "aws_db_instance" "reporting" {
  identifier          = local.identifier
  publicly_accessible = var.public # expect: BW101
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}

# optional(bool, false) fills the attribute the default leaves out.
resource "aws_db_instance" "defaults" {
  identifier          = "${local.identifier}-defaults"
  publicly_accessible = var.settings.public
}

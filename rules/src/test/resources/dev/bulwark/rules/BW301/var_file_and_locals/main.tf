variable "environment" {
  default = "dev"
}

locals {
  settings = {
    dev  = { encrypted = false }
    prod = { encrypted = true }
  }
  chosen    = lookup(local.settings, var.environment, local.settings["prod"])
  encrypted = try(local.chosen.encrypted, true)
}

# prod.tfvars is not read unless given with --var-file: the default "dev" applies.
resource "aws_db_instance" "app" {
  engine            = "postgres"
  storage_encrypted = local.encrypted # expect: BW301
}

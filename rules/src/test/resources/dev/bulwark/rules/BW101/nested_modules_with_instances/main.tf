locals {
  environments = {
    staging = { public = false }
    sandbox = { public = true }
  }
}

module "app" {
  source   = "./modules/app"
  for_each = local.environments
  name     = each.key
  public   = each.value.public # expect: BW101
}

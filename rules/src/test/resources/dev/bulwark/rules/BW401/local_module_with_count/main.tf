module "logged" {
  source      = "./modules/bucket"
  name        = "example-logged"
  log_to      = "example-logs"
}

module "unlogged" {
  source = "./modules/bucket"
  name   = "example-unlogged"
}

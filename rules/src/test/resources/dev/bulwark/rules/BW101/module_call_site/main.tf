# A value set at the call site is reported there: that is the line to change.
module "public_db" {
  source = "./modules/db"
  name   = "reporting"
  public = true # expect: BW101
# ^^^^^^^^^^^^^
}

module "private_db" {
  source = "./modules/db"
  name   = "orders"
}

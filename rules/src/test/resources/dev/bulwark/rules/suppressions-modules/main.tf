# bulwark:ignore BW101 the reporting replicas are public by design, reviewed SEC-42
module "reporting" {
  source = "./modules/db"
  public = true
}

module "orders" {
  #checkov:skip=CKV_AWS_17:orders replica for the payment provider
  source = "./modules/db"
  public = true
}

module "billing" {
  source = "./modules/db"
  public = true
}

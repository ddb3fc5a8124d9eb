variable "password" {
  type      = string
  sensitive = true
}

module "exposed" {
  source             = "./broker"
  password           = var.password
  public             = true                    # expect: BW106
  public_access_type = "SERVICE_PROVIDED_EIPS" # expect: BW106
}

module "internal" {
  source   = "./broker"
  password = var.password
}

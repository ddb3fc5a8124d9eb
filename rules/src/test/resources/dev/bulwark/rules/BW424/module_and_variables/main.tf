module "dns_defaults" {
  source   = "./dns"
  networks = ["projects/example/global/networks/main"]
}

module "dns_logged" {
  source   = "./dns"
  networks = ["projects/example/global/networks/shared"]
  logging  = true
}

module "dns_switched_off" {
  source   = "./dns"
  networks = ["projects/example/global/networks/edge"]
  logging  = false # expect: BW424
}

module "dns_unbound" {
  source   = "./dns"
  networks = []
}

variable "networks" {
  type = list(string)
}

module "dns_networks_decided_later" {
  source   = "./dns"
  networks = var.networks
  logging  = false # expect: BW424
}

variable "networks" {
  type = list(string)
}

variable "logging" {
  type    = bool
  default = false
}

resource "google_dns_policy" "this" {
  name           = "default-policy"
  enable_logging = var.logging # expect: BW424

  dynamic "networks" {
    for_each = var.networks
    content {
      network_url = networks.value
    }
  }
}

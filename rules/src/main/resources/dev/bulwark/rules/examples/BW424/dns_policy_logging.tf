resource "google_dns_policy" "unlogged" { # expect: BW424
  name = "unlogged"

  networks {
    network_url = "projects/example/global/networks/main"
  }
}

resource "google_dns_policy" "switched_off" {
  name                      = "switched-off"
  enable_inbound_forwarding = true
  enable_logging            = false # expect: BW424

  networks {
    network_url = "projects/example/global/networks/edge"
  }
}

resource "google_dns_policy" "logged" {
  name           = "logged"
  enable_logging = true

  networks {
    network_url = "projects/example/global/networks/shared"
  }
}

# Bound to no network, the policy has no queries to log.
resource "google_dns_policy" "unbound" {
  name = "unbound"
}

variable "dns_logging" {
  type = bool
}

resource "google_dns_policy" "decided_later" {
  name           = "decided-later"
  enable_logging = var.dns_logging

  networks {
    network_url = "projects/example/global/networks/later"
  }
}

resource "google_dns_managed_zone" "unlogged" { # expect: BW416
  name     = "unlogged"
  dns_name = "unlogged.example.com."
}

resource "google_dns_managed_zone" "switched_off" {
  name       = "switched-off"
  dns_name   = "switched-off.example.com."
  visibility = "public"

  cloud_logging_config {
    enable_logging = false # expect: BW416
  }
}

resource "google_dns_managed_zone" "logged" {
  name     = "logged"
  dns_name = "logged.example.com."

  cloud_logging_config {
    enable_logging = true
  }
}

# A private zone's queries are logged by the DNS policy of the networks that see it.
resource "google_dns_managed_zone" "private" {
  name       = "internal"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/example/global/networks/main"
    }
  }
}

variable "visibility" {
  type = string
}

# Unknown is not insecure: the zone may be private.
resource "google_dns_managed_zone" "decided_later" {
  name       = "decided-later"
  dns_name   = "later.example.com."
  visibility = var.visibility
}

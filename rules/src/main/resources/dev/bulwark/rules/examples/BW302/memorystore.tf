# Memorystore for Redis accepts plain-text connections unless transit encryption is turned on.
resource "google_redis_instance" "sessions" { # expect: BW302
  name           = "sessions"
  memory_size_gb = 1
  region         = "europe-west1"
}

resource "google_redis_instance" "cart" {
  name                    = "cart"
  memory_size_gb          = 1
  region                  = "europe-west1"
  transit_encryption_mode = "DISABLED" # expect: BW302
}

resource "google_redis_instance" "orders" {
  name                    = "orders"
  memory_size_gb          = 1
  region                  = "europe-west1"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

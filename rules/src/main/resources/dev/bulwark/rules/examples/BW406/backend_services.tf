# The backend service of an HTTP(S) load balancer logs its requests only with log_config { enable = true }.
resource "google_compute_backend_service" "web" { # expect: BW406
  name          = "web"
  health_checks = ["projects/p/global/healthChecks/web"]
}

resource "google_compute_backend_service" "api" {
  name          = "api"
  protocol      = "HTTPS"
  health_checks = ["projects/p/global/healthChecks/api"]

  log_config {
    enable      = false # expect: BW406
    sample_rate = 1
  }
}

resource "google_compute_backend_service" "shop" {
  name          = "shop"
  health_checks = ["projects/p/global/healthChecks/shop"]

  log_config {
    enable      = true
    sample_rate = 1
  }
}

# TCP proxy and internal passthrough load balancers are not HTTP(S) load balancers, and a service mesh's backend
# service (INTERNAL_SELF_MANAGED) has no request log.
resource "google_compute_backend_service" "mesh" {
  name                  = "mesh"
  load_balancing_scheme = "INTERNAL_SELF_MANAGED"
  health_checks         = ["projects/p/global/healthChecks/mesh"]
}

resource "google_compute_backend_service" "tcp_proxy" {
  name          = "tcp-proxy"
  protocol      = "TCP"
  health_checks = ["projects/p/global/healthChecks/tcp"]
}

resource "google_compute_region_backend_service" "internal" {
  name                  = "internal"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL"
  health_checks         = ["projects/p/regions/europe-west1/healthChecks/internal"]
}

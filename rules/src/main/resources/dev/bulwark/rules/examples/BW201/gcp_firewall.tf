# Google Cloud VPC firewall rules: ingress is the default direction.
resource "google_compute_firewall" "admin" {
  name          = "admin"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "icmp"
  }

  allow {
    protocol = "tcp"
    ports    = ["80", "443", "3000-3400"] # expect: BW201
  }
}

resource "google_compute_firewall" "everything" {
  name          = "everything"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["0.0.0.0/0"]

  allow { # expect: BW201
    protocol = "all"
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "disabled"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "internal" {
  name          = "internal"
  network       = "default"
  source_ranges = ["10.128.0.0/9"]

  allow {
    protocol = "tcp"
  }
}

# No source_ranges, source_tags or source_service_accounts: Google Cloud admits 0.0.0.0/0.
resource "google_compute_firewall" "no_source" {
  name    = "no-source"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"] # expect: BW201
  }
}

resource "google_compute_firewall" "from_tagged_vms" {
  name        = "from-tagged-vms"
  network     = "default"
  source_tags = ["bastion"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

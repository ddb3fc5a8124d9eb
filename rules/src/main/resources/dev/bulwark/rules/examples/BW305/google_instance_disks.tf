# Boot disks and template disks are encrypted with a key Google manages unless one is named or supplied.
resource "google_compute_instance" "google_key" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk { # expect: BW305
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "customer_key" {
  name         = "db"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/disks/cryptoKeys/boot"
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "existing_disk" {
  name         = "restored"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    source = "projects/p/zones/europe-west1-b/disks/restored-boot"
  }
  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
    boot         = true
    disk_encryption_key {
      kms_key_self_link = "projects/p/locations/europe-west1/keyRings/disks/cryptoKeys/workers"
    }
  }
  disk { # expect: BW305
    disk_size_gb = 100
    boot         = false
  }
  network_interface {
    network = "default"
  }
}

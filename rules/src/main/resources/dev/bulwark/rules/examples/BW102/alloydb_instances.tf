resource "google_alloydb_instance" "open" {
  cluster       = "projects/example/locations/europe-west1/clusters/orders"
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"

  network_config {
    enable_public_ip = true

    authorized_external_networks {
      cidr_range = "0.0.0.0/0" # expect: BW102
    }

    authorized_external_networks {
      cidr_range = "198.51.100.0/24"
    }
  }
}

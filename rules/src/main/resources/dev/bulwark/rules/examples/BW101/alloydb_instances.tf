resource "google_alloydb_instance" "public" {
  cluster       = google_alloydb_cluster.orders.name
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"

  network_config {
    enable_public_ip = true # expect: BW101

    authorized_external_networks {
      cidr_range = "203.0.113.0/24"
    }
  }
}

# Private IP only, the default.
resource "google_alloydb_instance" "private" {
  cluster       = google_alloydb_cluster.orders.name
  instance_id   = "orders-read"
  instance_type = "READ_POOL"

  read_pool_config {
    node_count = 2
  }
}

resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "europe-west1"

  network_config {
    network = "projects/example/global/networks/main"
  }
}

# Redshift (AWS provider v6) and DMS default to private.
resource "aws_redshift_cluster" "default" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}

resource "aws_dms_replication_instance" "default" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
}

resource "azurerm_postgresql_server" "private" {
  name                          = "orders-pg"
  sku_name                      = "GP_Gen5_2"
  public_network_access_enabled = false
}

# A flexible server in a delegated subnet has no public endpoint.
resource "azurerm_postgresql_flexible_server" "in_subnet" {
  name                = "orders-pg-flex"
  delegated_subnet_id = var.subnet_id
}

resource "azurerm_mariadb_server" "from_variable" {
  name                          = "orders-mariadb"
  public_network_access_enabled = var.public
}

resource "google_sql_database_instance" "private_ip" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network
    }
  }
}

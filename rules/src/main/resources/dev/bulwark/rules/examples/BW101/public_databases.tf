resource "aws_redshift_cluster" "public" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = true # expect: BW101
}

resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: BW101
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # expect: BW101
}

# Azure servers have a public endpoint unless public network access is disabled.
resource "azurerm_mssql_server" "default" { # expect: BW101
  name    = "orders-sql"
  version = "12.0"
}

resource "azurerm_mysql_server" "explicit" {
  name                          = "orders-mysql"
  sku_name                      = "GP_Gen5_2"
  public_network_access_enabled = true # expect: BW101
}

# Cloud SQL gets a public IP address unless ipv4_enabled is false.
resource "google_sql_database_instance" "no_ip_configuration" {
  database_version = "POSTGRES_15"
  settings { # expect: BW101
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "ipv4" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true # expect: BW101
    }
  }
}

# A Multi-AZ DB cluster (not Aurora) has its own endpoint.
resource "aws_rds_cluster" "multi_az" {
  cluster_identifier        = "orders"
  engine                    = "postgres"
  db_cluster_instance_class = "db.r6gd.large"
  publicly_accessible       = true # expect: BW101
}

resource "aws_db_instance" "default" { # expect: BW410
  engine         = "postgres"
  instance_class = "db.t3.small"
}

resource "aws_db_instance" "empty" {
  engine                          = "postgres"
  instance_class                  = "db.t3.small"
  enabled_cloudwatch_logs_exports = [] # expect: BW410
}

resource "aws_rds_cluster" "aurora" { # expect: BW410
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
}

# DocumentDB: the profiler log alone is no audit trail.
resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "catalog"
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: BW410
}

resource "aws_neptune_cluster" "errors_only" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: BW410
}

resource "aws_redshift_cluster" "logging_off" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
  logging {
    enable = false # expect: BW410
  }
}

resource "aws_redshift_cluster" "no_logging" { # expect: BW410
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "azurerm_mssql_server" "no_auditing" { # expect: BW410
  name    = "orders-sql"
  version = "12.0"
}

resource "azurerm_mssql_server" "audited" {
  name    = "billing-sql"
  version = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "billing" {
  server_id = azurerm_mssql_server.audited.id
  enabled   = false # expect: BW410
}

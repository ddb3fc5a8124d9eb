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

# The audit log is exported, but nothing turns auditing on: the default parameter group leaves it off.
resource "aws_docdb_cluster" "default_group" { # expect: BW410
  cluster_identifier              = "orders"
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster" "named_default_group" {
  cluster_identifier              = "payments"
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = "default.docdb5.0" # expect: BW410
}

resource "aws_docdb_cluster" "audit_disabled" {
  cluster_identifier              = "sessions"
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.quiet.name
}

resource "aws_docdb_cluster_parameter_group" "quiet" {
  name   = "quiet"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "disabled" # expect: BW410
  }
}

resource "aws_neptune_cluster" "group_without_audit" {
  cluster_identifier                   = "social"
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.plain.name
}

resource "aws_neptune_cluster_parameter_group" "plain" { # expect: BW410
  name   = "plain"
  family = "neptune1.3"

  parameter {
    name  = "neptune_query_timeout"
    value = "60000"
  }
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

resource "azurerm_synapse_workspace" "unaudited" { # expect: BW410
  name                                 = "analytics"
  resource_group_name                  = "data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://analytics.dfs.core.windows.net/synapse"
}

resource "azurerm_synapse_workspace" "audited" {
  name                                 = "reporting"
  resource_group_name                  = "data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://reporting.dfs.core.windows.net/synapse"
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "reporting" {
  synapse_workspace_id = azurerm_synapse_workspace.audited.id
  storage_endpoint     = "https://auditlogs.blob.core.windows.net/"
  retention_in_days    = 90
}

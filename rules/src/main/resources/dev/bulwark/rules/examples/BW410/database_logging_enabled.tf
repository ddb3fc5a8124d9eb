resource "aws_db_instance" "logs" {
  engine                          = "postgres"
  instance_class                  = "db.t3.small"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

# An Aurora instance's logs are its cluster's.
resource "aws_rds_cluster_instance" "member" {
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier              = "orders"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}

resource "aws_docdb_cluster" "audit" {
  cluster_identifier              = "catalog"
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

resource "aws_neptune_cluster" "audit" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["audit"]
}

resource "aws_redshift_cluster" "separate_logging" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "analytics" {
  cluster_identifier   = aws_redshift_cluster.separate_logging.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}

resource "azurerm_mssql_server" "audited" {
  name    = "billing-sql"
  version = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "billing" {
  server_id         = azurerm_mssql_server.audited.id
  storage_endpoint  = var.storage_endpoint
  retention_in_days = 90
}

resource "aws_db_instance" "from_variable" {
  engine                          = "mysql"
  enabled_cloudwatch_logs_exports = var.log_types
}

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

# DocumentDB and Neptune write audit events only when their parameter group turns auditing on.
resource "aws_docdb_cluster" "audit" {
  cluster_identifier              = "catalog"
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  name   = "catalog-audit"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "ddl,dml_write"
  }
}

resource "aws_neptune_cluster" "audit" {
  cluster_identifier                   = "graph"
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = "graph-audit"
}

resource "aws_neptune_cluster_parameter_group" "audit" {
  name   = "graph-audit"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

# A group from elsewhere is not assessed.
resource "aws_docdb_cluster" "shared_group" {
  cluster_identifier              = "shared"
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = "platform-audit"
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

# RDS and Aurora PostgreSQL: a logging parameter the group turns off is reported where it is set.
resource "aws_db_parameter_group" "quiet" {
  name   = "quiet"
  family = "postgres16"

  parameter {
    name  = "log_connections"
    value = "0" # expect: BW419
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora" {
  name   = "aurora"
  family = "aurora-postgresql16"

  parameter {
    name  = "log_lock_waits"
    value = "off" # expect: BW419
  }
}

# A MySQL group has no such parameters; what it leaves out keeps the engine's default.
resource "aws_db_parameter_group" "mysql" {
  name   = "mysql"
  family = "mysql8.0"

  parameter {
    name  = "log_connections"
    value = "0"
  }
}

resource "aws_db_parameter_group" "defaults" {
  name   = "defaults"
  family = "postgres16"
}

# RDS and Aurora require TLS only where a parameter group says so; the default depends on the engine and version.
resource "aws_db_parameter_group" "postgres_plain_text" {
  name   = "postgres-plain-text"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "0" # expect: BW302
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql_plain_text" {
  name   = "aurora-mysql-plain-text"
  family = "aurora-mysql8.0"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }

  parameter {
    name  = "require_secure_transport"
    value = "OFF" # expect: BW302
  }
}

resource "aws_db_parameter_group" "mysql_tls" {
  name   = "mysql-tls"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

# Sets neither parameter: the engine version's default applies, which the scan does not decide.
resource "aws_db_parameter_group" "postgres_tuned" {
  name   = "postgres-tuned"
  family = "postgres16"

  parameter {
    name  = "work_mem"
    value = "65536"
  }
}

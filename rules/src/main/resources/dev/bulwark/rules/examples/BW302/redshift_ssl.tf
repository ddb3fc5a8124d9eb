# Redshift accepts plain-text connections unless the cluster's parameter group requires SSL.
resource "aws_redshift_cluster" "default_group" { # expect: BW302
  cluster_identifier     = "default-group"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_parameter_group" "ssl" {
  name   = "ssl"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_cluster" "ssl_group" {
  cluster_identifier           = "ssl-group"
  node_type                    = "ra3.xlplus"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.ssl.name
}

resource "aws_redshift_parameter_group" "audit_only" { # expect: BW302
  name   = "audit-only"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "audit_group" {
  cluster_identifier           = "audit-group"
  node_type                    = "ra3.xlplus"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = "audit-only"
}

resource "aws_redshift_cluster" "shared_group" {
  cluster_identifier           = "shared-group"
  node_type                    = "ra3.xlplus"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = "group-managed-elsewhere"
}

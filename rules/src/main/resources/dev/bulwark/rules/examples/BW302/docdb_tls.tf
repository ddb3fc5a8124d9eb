# DocumentDB requires TLS unless a cluster parameter group turns it off.
resource "aws_docdb_cluster_parameter_group" "plain_text" {
  family = "docdb5.0"
  name   = "plain-text"

  parameter {
    name  = "tls"
    value = "disabled" # expect: BW302
  }
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

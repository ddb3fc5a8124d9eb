resource "aws_rds_cluster" "default" { # expect: BW301
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

# A restored cluster takes its snapshot's encryption.
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-mysql"
  snapshot_identifier = var.snapshot
}

resource "aws_docdb_cluster" "explicit" {
  cluster_identifier = "catalog"
  storage_encrypted  = false # expect: BW301
}

resource "aws_neptune_cluster" "default" { # expect: BW301
  cluster_identifier = "graph"
}

resource "aws_redshift_cluster" "explicit" {
  cluster_identifier = "legacy"
  node_type          = "dc2.large"
  encrypted          = false # expect: BW301
}

# Redshift encrypts by default (AWS provider v6).
resource "aws_redshift_cluster" "default" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}

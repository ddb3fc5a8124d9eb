# Global databases: their member clusters take their encryption from them.
resource "aws_rds_global_cluster" "orders" { # expect: BW301
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
}

resource "aws_rds_global_cluster" "payments" {
  global_cluster_identifier = "payments"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}

resource "aws_docdb_global_cluster" "catalog" {
  global_cluster_identifier = "catalog"
  engine                    = "docdb"
  storage_encrypted         = false # expect: BW301
}

# Made from an existing cluster: encrypted as that cluster is.
resource "aws_rds_global_cluster" "from_existing" {
  global_cluster_identifier    = "from-existing"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:legacy"
  force_destroy                = true
}

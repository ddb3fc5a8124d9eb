# A DAX cluster's clients talk TLS only with cluster_endpoint_encryption_type = "TLS".
resource "aws_dax_cluster" "plain" { # expect: BW302
  cluster_name       = "plain"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
}

resource "aws_dax_cluster" "explicit_none" {
  cluster_name                     = "explicit-none"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "NONE" # expect: BW302
}

resource "aws_dax_cluster" "tls" {
  cluster_name                     = "tls"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "TLS"
}

# DynamoDB Accelerator clusters encrypt at rest only with server_side_encryption enabled.
resource "aws_dax_cluster" "default" { # expect: BW301
  cluster_name       = "default"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
}

resource "aws_dax_cluster" "empty_block" {
  cluster_name       = "empty-block"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption { # expect: BW301
  }
}

resource "aws_dax_cluster" "encrypted" {
  cluster_name       = "encrypted"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

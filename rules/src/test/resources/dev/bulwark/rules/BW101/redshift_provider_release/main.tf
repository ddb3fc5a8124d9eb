# The lock file selects AWS provider 5.x, which defaults publicly_accessible to true and sends it.
resource "aws_redshift_cluster" "warehouse" { # expect: BW101
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier  = "private"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  manage_master_password = true
  publicly_accessible = false
}

# A snapshot is stored as its source is: a snapshot of an unencrypted volume or database is unencrypted too.
resource "aws_ebs_volume" "plain" { # expect: BW301
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_snapshot" "of_plain" { # expect: BW301
  volume_id = aws_ebs_volume.plain.id
}

resource "aws_ebs_volume" "sealed" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_ebs_snapshot" "of_sealed" {
  volume_id = aws_ebs_volume.sealed.id
}

# A volume this configuration does not create: its encryption is unknown here.
resource "aws_ebs_snapshot" "of_existing" {
  volume_id = "vol-0123456789abcdef0"
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "admin"
  storage_encrypted  = false # expect: BW301
}

resource "aws_db_cluster_snapshot" "orders" { # expect: BW301
  db_cluster_identifier          = aws_rds_cluster.orders.id
  db_cluster_snapshot_identifier = "orders-before-upgrade"
}

resource "aws_db_instance" "reports" {
  identifier        = "reports"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_snapshot" "reports" {
  db_instance_identifier = aws_db_instance.reports.identifier
  db_snapshot_identifier = "reports-nightly"
}

resource "aws_neptune_cluster" "graph" { # expect: BW301
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster_snapshot" "graph" { # expect: BW301
  db_cluster_identifier          = aws_neptune_cluster.graph.id
  db_cluster_snapshot_identifier = "graph-nightly"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  storage_encrypted  = true
}

resource "aws_docdb_cluster_snapshot" "catalog" {
  db_cluster_identifier          = aws_docdb_cluster.catalog.id
  db_cluster_snapshot_identifier = "catalog-nightly"
}

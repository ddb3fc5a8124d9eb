# Encrypted database storage uses the AWS managed key (aws/rds, aws/redshift) unless a key of your own is named.
resource "aws_db_instance" "orders" { # expect: BW305
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
  kms_key_arn        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Redshift encrypts by default, with the AWS managed key.
resource "aws_redshift_cluster" "warehouse" { # expect: BW305
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

# An Aurora instance's storage is its cluster's, whose key decides.
resource "aws_rds_cluster_instance" "member" {
  identifier         = "member"
  cluster_identifier = "ledger-cluster"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

resource "aws_ebs_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

# A volume made from a snapshot takes the snapshot's encryption.
resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_ebs_volume" "decided_later" {
  availability_zone = "eu-west-1a"
  encrypted         = var.encrypt
}

resource "aws_db_instance" "encrypted" {
  engine            = "postgres"
  storage_encrypted = true
}

# A read replica inherits the source's encryption.
resource "aws_db_instance" "replica" {
  replicate_source_db = "orders"
  instance_class      = "db.t3.micro"
}

# Aurora storage belongs to the cluster.
resource "aws_db_instance" "aurora_member" {
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}

resource "aws_db_instance" "customer_key" {
  engine     = "postgres"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

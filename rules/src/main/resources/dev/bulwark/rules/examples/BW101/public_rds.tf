resource "aws_db_instance" "public" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  publicly_accessible = true # expect: BW101
# ^^^^^^^^^^^^^^^^^^^^^^^^^^
}

resource "aws_db_instance" "public_as_string" {
  engine              = "postgres"
  publicly_accessible = "true" # expect: BW101
}

resource "aws_db_instance" "interpolation_only" {
  publicly_accessible = "${true}" # expect: BW101
}

resource "aws_rds_cluster_instance" "aurora_writer" {
  cluster_identifier  = "orders"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: BW101
}

# Redshift Serverless workgroups, Timestream for InfluxDB databases and Lightsail databases are private unless
# publicly_accessible says otherwise.
resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name      = "analytics"
  workgroup_name      = "analytics"
  publicly_accessible = true # expect: BW101
}

resource "aws_redshiftserverless_workgroup" "private" {
  namespace_name = "analytics"
  workgroup_name = "private"
}

resource "aws_lightsail_database" "blog" {
  relational_database_name = "blog"
  availability_zone        = "eu-west-1a"
  master_database_name     = "blog"
  master_username          = "admin"
  master_password          = var.password
  blueprint_id             = "mysql_8_0"
  bundle_id                = "micro_2_0"
  publicly_accessible      = true # expect: BW101
}

resource "aws_timestreaminfluxdb_db_instance" "metrics" {
  name                   = "metrics"
  db_instance_type       = "db.influx.medium"
  allocated_storage      = 20
  username               = "admin"
  password               = var.password
  organization           = "ops"
  bucket                 = "metrics"
  vpc_subnet_ids         = ["subnet-12345678"]
  vpc_security_group_ids = ["sg-12345678"]
  publicly_accessible    = true # expect: BW101
}

resource "aws_timestreaminfluxdb_db_cluster" "private_metrics" {
  name                   = "private-metrics"
  db_instance_type       = "db.influx.medium"
  vpc_subnet_ids         = ["subnet-12345678", "subnet-87654321"]
  vpc_security_group_ids = ["sg-12345678"]
}

variable "password" {
  type      = string
  sensitive = true
}

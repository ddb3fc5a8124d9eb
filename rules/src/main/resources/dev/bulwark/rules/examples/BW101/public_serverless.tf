# Redshift Serverless workgroups and Lightsail databases are private unless publicly_accessible says otherwise.
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

variable "password" {
  type      = string
  sensitive = true
}

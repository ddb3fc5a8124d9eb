# File systems, ledgers, time series and Keyspaces tables are always encrypted; with a key of your own only when named.
resource "aws_fsx_windows_file_system" "shares" { # expect: BW305
  storage_capacity    = 300
  subnet_ids          = ["subnet-12345678"]
  throughput_capacity = 32
}

resource "aws_fsx_ontap_file_system" "volumes" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-12345678"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 512
  preferred_subnet_id = "subnet-12345678"
  kms_key_id          = aws_kms_key.data.arn
}

resource "aws_fsx_lustre_file_system" "persistent" { # expect: BW305
  storage_capacity            = 1200
  subnet_ids                  = ["subnet-12345678"]
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
}

# A scratch file system (the default deployment type) cannot take a key of your own.
resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-12345678"]
}

resource "aws_timestreamwrite_database" "metrics" { # expect: BW305
  database_name = "metrics"
}

resource "aws_qldb_ledger" "payments" {
  name             = "payments"
  permissions_mode = "STANDARD"
  kms_key          = "AWS_OWNED_KMS_KEY" # expect: BW305
}

resource "aws_qldb_ledger" "audit" {
  name             = "audit"
  permissions_mode = "STANDARD"
  kms_key          = aws_kms_key.data.arn
}

resource "aws_keyspaces_table" "events" {
  keyspace_name = "app"
  table_name    = "events"

  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }

  encryption_specification {
    type = "AWS_OWNED_KMS_KEY" # expect: BW305
  }
}

resource "aws_keyspaces_table" "orders" {
  keyspace_name = "app"
  table_name    = "orders"

  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }

  encryption_specification {
    type               = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_identifier = aws_kms_key.data.arn
  }
}

resource "aws_sagemaker_domain" "studio" { # expect: BW305
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-12345678"
  subnet_ids  = ["subnet-12345678"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}

resource "aws_docdbelastic_cluster" "catalog" { # expect: BW305
  name                = "catalog"
  admin_user_name     = "catalog"
  admin_user_password = var.password
  auth_type           = "PLAIN_TEXT"
  shard_capacity      = 2
  shard_count         = 1
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  kms_key_id     = aws_kms_key.data.arn
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

variable "password" {
  type      = string
  sensitive = true
}

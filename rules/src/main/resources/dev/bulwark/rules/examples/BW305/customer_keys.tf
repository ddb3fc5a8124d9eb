variable "volume_key" {
  type = string
}

resource "aws_ebs_volume" "aws_managed_key" { # expect: BW305
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

resource "aws_ebs_volume" "key_from_variable" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = var.volume_key
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device { # expect: BW305
    encrypted = true
  }
}

resource "aws_kms_key" "data" {}

resource "aws_dynamodb_table" "aws_owned_key" { # expect: BW305
  name     = "aws-owned-key"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "customer_key" {
  name     = "customer-key"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}

resource "aws_sqs_queue" "sse_sqs" { # expect: BW305
  name = "sse-sqs"
}

resource "aws_sns_topic" "aws_managed_key" {
  name              = "aws-managed-key"
  kms_master_key_id = "alias/aws/sns" # expect: BW305
}

resource "aws_kinesis_firehose_delivery_stream" "aws_owned_key" {
  name        = "aws-owned-key"
  destination = "extended_s3"

  server_side_encryption { # expect: BW305
    enabled = true
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "customer_key" {
  name        = "customer-key"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

resource "aws_glue_data_catalog_encryption_settings" "glue_managed_key" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }

    encryption_at_rest { # expect: BW305
      catalog_encryption_mode = "SSE-KMS"
    }
  }
}

resource "google_compute_disk" "google_key" { # expect: BW305
  name = "google-key"
  zone = "europe-west1-b"
}

resource "google_compute_disk" "cloud_kms_key" {
  name = "cloud-kms-key"
  zone = "europe-west1-b"

  disk_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks"
  }
}

resource "azurerm_managed_disk" "platform_key" { # expect: BW305
  name                 = "platform-key"
  location             = "westeurope"
  resource_group_name  = "storage"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 10
}

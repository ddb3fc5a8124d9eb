resource "aws_efs_file_system" "shared" { # expect: BW301
  creation_token = "shared"
}

resource "aws_efs_file_system" "turned_off" {
  creation_token = "turned-off"
  encrypted      = false # expect: BW301
}

resource "aws_efs_file_system" "encrypted" {
  creation_token = "encrypted"
  encrypted      = true
}

resource "aws_kinesis_stream" "events" { # expect: BW301
  name        = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "encrypted_events" {
  name            = "encrypted-events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_sns_topic" "alerts" { # expect: BW301
  name = "alerts"
}

resource "aws_sns_topic" "encrypted_alerts" {
  name              = "encrypted-alerts"
  kms_master_key_id = "alias/aws/sns"
}

# SQS encrypts new queues with SSE-SQS by default.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue" "plain" {
  name                    = "plain"
  sqs_managed_sse_enabled = false # expect: BW301
}

# DynamoDB always encrypts tables at rest.
resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

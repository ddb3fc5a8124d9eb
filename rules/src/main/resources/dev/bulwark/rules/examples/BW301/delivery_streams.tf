# A Firehose delivery stream buffers what is put to it; server-side encryption is off by default.
resource "aws_kinesis_firehose_delivery_stream" "direct_put" { # expect: BW301
  name        = "direct-put"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "turned_off" {
  name        = "turned-off"
  destination = "extended_s3"

  server_side_encryption {
    enabled = false # expect: BW301
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "encrypted" {
  name        = "encrypted"
  destination = "extended_s3"

  server_side_encryption {
    enabled = true
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

# A stream that reads a Kinesis stream cannot enable server-side encryption: the source stream's encryption applies.
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:111122223333:stream/events"
    role_arn           = "arn:aws:iam::111122223333:role/firehose"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::firehose-landing"
  }
}

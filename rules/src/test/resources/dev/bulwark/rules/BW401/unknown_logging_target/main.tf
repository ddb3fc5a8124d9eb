# Which bucket this logging resource configures is decided at deploy time: a bucket without logging here might be
# that one, so it is not reported.
variable "logged_bucket" {
  type = string
}

resource "aws_s3_bucket" "maybe_logged" {
  bucket = "example-maybe"
}

resource "aws_s3_bucket_logging" "decided_later" {
  bucket        = var.logged_bucket
  target_bucket = "example-logs"
}

variable "name" {
  type = string
}

variable "log_to" {
  type    = string
  default = null
}

# The caller without log_to gets no logging resource: count is 0.
resource "aws_s3_bucket" "this" { # expect: BW401
  bucket = var.name
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.log_to == null ? 0 : 1
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.log_to
}

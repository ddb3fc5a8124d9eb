resource "aws_s3_bucket" "shared" {
  bucket = "shared"
}

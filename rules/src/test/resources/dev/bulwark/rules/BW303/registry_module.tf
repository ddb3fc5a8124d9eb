module "implicit" { # expect: BW303
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "implicit"
}

module "explicit" {
  source = "terraform-aws-modules/s3-bucket/aws"
  bucket = "explicit"

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }
  }
}

module "not_created" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  bucket        = "not-created"
  create_bucket = false
}

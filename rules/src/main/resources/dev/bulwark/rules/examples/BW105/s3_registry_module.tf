# Buckets of the S3 registry module whose ACL or policy admits everyone, and ones whose public access block stays on.
module "website" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"

  bucket = "example-public-website"
  acl    = "public-read" # expect: BW105

  control_object_ownership = true
  object_ownership         = "BucketOwnerPreferred"

  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false

  attach_policy = true
  policy = jsonencode({ # expect: BW105
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-public-website/*"
    }]
  })
}

# Releases before 3.9 create the module's public access block with all four settings off unless asked.
module "legacy" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "3.8.2"

  bucket = "example-legacy"
  acl    = "public-read-write" # expect: BW105
}

# Without the module's block, nothing in the configuration blocks the public ACL.
module "unblocked" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"

  bucket               = "example-unblocked"
  acl                  = "authenticated-read" # expect: BW105
  attach_public_policy = false
}

# The module's block, on by default since release 3.9, ignores the public ACL and refuses the public policy.
module "blocked" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"

  bucket        = "example-blocked"
  acl           = "public-read"
  attach_policy = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]
  })
}

# A policy the module does not attach (attach_policy is false by default), on a private bucket.
module "private" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"

  bucket                  = "example-private"
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]
  })
}

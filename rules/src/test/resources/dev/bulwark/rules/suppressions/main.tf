resource "aws_db_instance" "reports" {
  engine                          = "postgres"
  # bulwark:ignore BW101 read replica for the BI vendor, reviewed SEC-42
  publicly_accessible             = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

# bulwark:ignore BW301 scratch space, holds no data at rest
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_security_group" "bastion" {
  #checkov:skip=CKV_AWS_24:bastion SSH, the NACL restricts it
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

#tfsec:ignore:aws-s3-enable-bucket-logging trivy:ignore:aws-s3-enable-bucket-encryption
resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}

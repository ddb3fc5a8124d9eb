# EMR clusters that use a security configuration encrypt what its EncryptionConfiguration turns on.
resource "aws_emr_security_configuration" "plain" {
  name = "plain"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = false # expect: BW301
    }
  })
}

resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = true
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-S3"
        }
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
      }
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://emr-certificates/certs.zip"
        }
      }
    }
  })
}

resource "aws_emr_security_configuration" "literal" {
  name          = "literal"
  configuration = "{\"AuthenticationConfiguration\": {}}" # expect: BW301
}

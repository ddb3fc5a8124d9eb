# Traffic among an EMR cluster's nodes is encrypted only when its security configuration says so.
resource "aws_emr_security_configuration" "at_rest_only" {
  name = "at-rest-only"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false # expect: BW302
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-S3"
        }
      }
    }
  })
}

resource "aws_emr_security_configuration" "from_variable" {
  name          = "from-variable"
  configuration = var.emr_security_configuration
}

variable "emr_security_configuration" {
  type = string
}

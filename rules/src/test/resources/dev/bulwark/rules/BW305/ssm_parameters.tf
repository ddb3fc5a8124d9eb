resource "aws_kms_key" "parameters" {
  description = "parameters"
}

resource "aws_ssm_parameter" "managed_key" { # expect: BW305
  name  = "/app/db-password"
  type  = "SecureString"
  value = "example"
}

resource "aws_ssm_parameter" "aws_alias" {
  name   = "/app/api-token"
  type   = "SecureString"
  value  = "example"
  key_id = "alias/aws/ssm" # expect: BW305
}

resource "aws_ssm_parameter" "customer_key" {
  name   = "/app/signing-key"
  type   = "SecureString"
  value  = "example"
  key_id = aws_kms_key.parameters.arn
}

# A plain String parameter is not encrypted by SSM and takes no key.
resource "aws_ssm_parameter" "plain" {
  name  = "/app/region"
  type  = "String"
  value = "eu-west-1"
}

# Log groups, secrets and container repositories are always encrypted; with a key of your own only when named.
resource "aws_cloudwatch_log_group" "app" { # expect: BW305
  name              = "/app/web"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "audit" {
  name       = "/app/audit"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_secretsmanager_secret" "database" {
  name       = "database"
  kms_key_id = "alias/aws/secretsmanager" # expect: BW305
}

resource "aws_secretsmanager_secret" "api" {
  name       = "api"
  kms_key_id = aws_kms_key.logs.key_id
}

resource "aws_ecr_repository" "default" { # expect: BW305
  name = "default"
}

resource "aws_ecr_repository" "aws_managed" {
  name = "aws-managed"

  encryption_configuration { # expect: BW305
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "aes" {
  name = "aes"

  encryption_configuration {
    encryption_type = "AES256" # expect: BW305
  }
}

resource "aws_ecr_repository" "customer" {
  name = "customer"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.logs.arn
  }
}

resource "aws_kms_key" "logs" {
  description         = "logs and images"
  enable_key_rotation = true
}

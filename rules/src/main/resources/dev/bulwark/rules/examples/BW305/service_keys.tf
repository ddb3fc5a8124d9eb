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

# EKS encrypts Kubernetes secrets with a key AWS owns unless an encryption_config names yours.
resource "aws_eks_cluster" "default_key" { # expect: BW305
  name     = "default-key"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_eks_cluster" "customer_key" {
  name     = "customer-key"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.logs.arn
    }
  }
}

resource "aws_sagemaker_notebook_instance" "notebook" { # expect: BW305
  name          = "notebook"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_endpoint_configuration" "endpoint" {
  name        = "endpoint"
  kms_key_arn = aws_kms_key.logs.arn

  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

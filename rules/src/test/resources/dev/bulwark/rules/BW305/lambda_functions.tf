resource "aws_kms_key" "functions" {
  description = "function settings"
}

resource "aws_lambda_function" "managed_key" { # expect: BW305
  function_name = "managed-key"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "customer_key" {
  function_name = "customer-key"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"
  kms_key_arn   = aws_kms_key.functions.arn

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

# Without environment variables there is nothing the key would encrypt.
resource "aws_lambda_function" "no_variables" {
  function_name = "no-variables"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"
}

resource "aws_lambda_function" "empty_variables" {
  function_name = "empty-variables"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  environment {
    variables = {}
  }
}

variable "settings" {
  type = map(string)
}

# Variables not known before deployment may be none.
resource "aws_lambda_function" "variables_decided_later" {
  function_name = "later"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  environment {
    variables = var.settings
  }
}

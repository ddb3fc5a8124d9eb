resource "aws_appsync_graphql_api" "unlogged" { # expect: BW427
  name                = "unlogged"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    default_action = "ALLOW"
    user_pool_id   = "eu-west-1_abcdefghi"
  }
}

resource "aws_appsync_graphql_api" "requests_only" {
  name                = "requests-only"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "NONE" # expect: BW427
  }
}

resource "aws_appsync_graphql_api" "logged" {
  name                = "logged"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
    exclude_verbose_content  = true
  }
}

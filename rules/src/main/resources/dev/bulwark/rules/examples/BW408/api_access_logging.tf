variable "access_log_arn" {
  type = string
}

variable "log_destinations" {
  type = list(string)
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_api_gateway_stage" "unlogged" { # expect: BW408
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "test"
}

resource "aws_api_gateway_stage" "logged" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId $context.status"
  }
}

# The deployment creates the stage "legacy", and a deployment cannot configure access logs.
resource "aws_api_gateway_deployment" "legacy" { # expect: BW408
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "legacy"
}

# The stage "prod" is managed, with access logs, by aws_api_gateway_stage.logged.
resource "aws_api_gateway_deployment" "release" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "prod"
}

resource "aws_apigatewayv2_stage" "http_default" { # expect: BW408
  api_id      = "a1b2c3d4e5"
  name        = "$default"
  auto_deploy = true
}

resource "aws_apigatewayv2_stage" "http_logged" {
  api_id = "a1b2c3d4e5"
  name   = "live"

  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId"
  }
}

# Whether the dynamic block yields a destination is known only at plan time.
resource "aws_apigatewayv2_stage" "http_dynamic" {
  api_id = "a1b2c3d4e5"
  name   = "dynamic"

  dynamic "access_log_settings" {
    for_each = var.log_destinations
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId"
    }
  }
}

variable "logging_level" {
  type = string
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "silent" { # expect: BW409
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "d1a2b3"
  stage_name    = "test"
}

resource "aws_api_gateway_stage" "off" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "d1a2b3"
  stage_name    = "staging"
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.off.stage_name
  method_path = "*/*"

  settings {
    logging_level = "OFF" # expect: BW409
  }
}

resource "aws_api_gateway_stage" "metrics_only" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "d1a2b3"
  stage_name    = "canary"
}

resource "aws_api_gateway_method_settings" "metrics_only" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.metrics_only.stage_name
  method_path = "*/*"

  settings { # expect: BW409
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "errors" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "d1a2b3"
  stage_name    = "prod"
}

resource "aws_api_gateway_method_settings" "errors" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.errors.stage_name
  method_path = "*/*"

  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "chosen" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "d1a2b3"
  stage_name    = "chosen"
}

# The level is known only at plan time.
resource "aws_api_gateway_method_settings" "chosen" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.chosen.stage_name
  method_path = "*/*"

  settings {
    logging_level = var.logging_level
  }
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_api" "web" {
  name          = "web"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "chat_default" { # expect: BW409
  api_id = aws_apigatewayv2_api.chat.id
  name   = "live"
}

resource "aws_apigatewayv2_stage" "chat_info" {
  api_id = aws_apigatewayv2_api.chat.id
  name   = "prod"

  default_route_settings {
    logging_level          = "INFO"
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }
}

# HTTP APIs have no execution logs.
resource "aws_apigatewayv2_stage" "web" {
  api_id = aws_apigatewayv2_api.web.id
  name   = "$default"
}

# The API is not declared here: it may be an HTTP API.
resource "aws_apigatewayv2_stage" "external" {
  api_id = "a1b2c3d4e5"
  name   = "external"
}

resource "aws_apigatewayv2_stage" "external_off" {
  api_id = "a1b2c3d4e5"
  name   = "external-off"

  default_route_settings {
    logging_level          = "OFF" # expect: BW409
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }
}

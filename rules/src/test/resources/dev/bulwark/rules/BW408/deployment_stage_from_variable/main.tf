variable "release_stage" {
  type    = string
  default = "prod"
}

variable "preview_stage" {
  type = string
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.release.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:orders"
    format          = "$context.requestId"
  }
}

# The stage it names is the one aws_api_gateway_stage.prod manages.
resource "aws_api_gateway_deployment" "release" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = var.release_stage
}

# Its stage name is known only at plan time: it may be "prod" too.
resource "aws_api_gateway_deployment" "preview" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = var.preview_stage
}

resource "aws_api_gateway_deployment" "legacy" { # expect: BW408
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "legacy"
}

locals {
  staging = "staging"
  levels  = { prod = "INFO", staging = "OFF" }
}

# Names the stage "prod" by its literal name, from another file.
resource "aws_api_gateway_method_settings" "prod" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    logging_level = local.levels["prod"]
  }
}

resource "aws_api_gateway_method_settings" "staging" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.staging.stage_name
  method_path = "*/*"

  settings {
    logging_level = local.levels["staging"] # expect: BW409
  }
}

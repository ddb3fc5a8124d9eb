# A stage with a cache cluster caches GET responses, unencrypted unless its method settings encrypt them.
resource "aws_api_gateway_stage" "cached" { # expect: BW301
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "cached"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_stage" "encrypted" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "encrypted"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "encrypted_all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = aws_api_gateway_stage.encrypted.stage_name
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "one_method_in_clear" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = aws_api_gateway_stage.encrypted.stage_name
  method_path = "orders/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false # expect: BW301
  }
}

# No cache cluster: nothing is cached, whatever the method settings say.
resource "aws_api_gateway_stage" "uncached" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "uncached"
}

# At-rest encryption is deprecated and always on for AppSync caches: not a BW301 finding.
resource "aws_appsync_api_cache" "at_rest_off" {
  api_id                     = aws_appsync_graphql_api.api.id
  api_caching_behavior       = "PER_RESOLVER_CACHING"
  at_rest_encryption_enabled = false
}

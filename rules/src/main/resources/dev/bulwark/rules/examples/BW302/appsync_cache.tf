# AppSync encrypts every API cache in transit and at rest; the flags are deprecated and ignored.
resource "aws_appsync_api_cache" "flags_off" {
  api_id                     = "abcdefghijklmnopqrstuvwxyz"
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 900
  at_rest_encryption_enabled = false
  transit_encryption_enabled = false
}

resource "aws_memorydb_cluster" "plain_text" {
  acl_name       = "open-access"
  name           = "sessions"
  node_type      = "db.t4g.small"
  engine         = "valkey"
  engine_version = "7.2"
  tls_enabled    = false # expect: BW302
}

# TLS is on by default.
resource "aws_memorydb_cluster" "default" {
  acl_name       = "app-users"
  name           = "carts"
  node_type      = "db.t4g.small"
  engine         = "redis"
  engine_version = "7.1"
}

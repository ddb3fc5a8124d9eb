# ElastiCache Serverless always encrypts; with a key of your own only when one is named.
resource "aws_elasticache_serverless_cache" "sessions" { # expect: BW305
  engine     = "valkey"
  name       = "sessions"
  subnet_ids = ["subnet-12345678", "subnet-87654321"]
}

resource "aws_elasticache_serverless_cache" "orders" {
  engine     = "redis"
  name       = "orders"
  kms_key_id = aws_kms_key.cache.arn
  subnet_ids = ["subnet-12345678", "subnet-87654321"]
}

resource "aws_kms_key" "cache" {
  enable_key_rotation = true
}

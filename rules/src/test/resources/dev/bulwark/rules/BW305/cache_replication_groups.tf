resource "aws_kms_key" "cache" {
  description = "caches"
}

resource "aws_elasticache_replication_group" "managed_key" { # expect: BW305
  replication_group_id       = "managed-key"
  description                = "AWS managed key"
  node_type                  = "cache.t4g.micro"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "customer_key" {
  replication_group_id       = "customer-key"
  description                = "key of our own"
  node_type                  = "cache.t4g.micro"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

# A Memcached cluster cannot encrypt at rest, so no key applies.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "sessions"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_replication_group" "default" { # expect: BW301
  replication_group_id = "sessions"
  description          = "sessions"
}

resource "aws_elasticache_replication_group" "encrypted" {
  replication_group_id       = "cart"
  description                = "cart"
  at_rest_encryption_enabled = true
}

# A Redis cluster outside a replication group cannot be encrypted at rest.
resource "aws_elasticache_cluster" "redis" {
  cluster_id = "queue"
  engine     = "redis" # expect: BW301
}

# Memcached cannot encrypt at rest: nothing to set.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id = "pages"
  engine     = "memcached"
}

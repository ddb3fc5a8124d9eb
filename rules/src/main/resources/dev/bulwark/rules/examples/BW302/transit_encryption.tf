resource "aws_elasticache_replication_group" "default" { # expect: BW302
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id       = "cart"
  description                = "cart"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = false # expect: BW302
}

# While clients move to TLS, "preferred" accepts them in plain text too.
resource "aws_elasticache_replication_group" "migrating" {
  replication_group_id       = "orders"
  description                = "orders"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # expect: BW302
}

resource "aws_elasticache_cluster" "memcached" { # expect: BW302
  cluster_id = "pages"
  engine     = "memcached"
  node_type  = "cache.t4g.small"
}

# Only a replication group encrypts Redis traffic.
resource "aws_elasticache_cluster" "redis" {
  cluster_id = "jobs"
  engine     = "redis" # expect: BW302
  node_type  = "cache.t4g.small"
}

resource "aws_opensearch_domain" "no_node_to_node" { # expect: BW302
  domain_name = "logs"
}

resource "aws_elasticsearch_domain" "node_to_node_off" {
  domain_name = "search"
  node_to_node_encryption {
    enabled = false # expect: BW302
  }
}

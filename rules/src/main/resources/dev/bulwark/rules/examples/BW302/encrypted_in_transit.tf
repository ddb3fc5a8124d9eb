resource "aws_elasticache_replication_group" "tls" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
}

# A member of a replication group takes the group's settings.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.tls.id
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "cart"
  description                = "cart"
  transit_encryption_enabled = var.tls
}

resource "aws_opensearch_domain" "node_to_node" {
  domain_name = "logs"
  node_to_node_encryption {
    enabled = true
  }
}

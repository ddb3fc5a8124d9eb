resource "aws_security_group" "cache" {
  name = "cache"
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  security_group_id = aws_security_group.cache.id
  from_port         = 6379
  to_port           = 6379
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: BW104
}

resource "aws_elasticache_cluster" "queue" {
  cluster_id         = "queue"
  engine             = "redis"
  node_type          = "cache.t4g.small"
  security_group_ids = [aws_security_group.cache.id]
}

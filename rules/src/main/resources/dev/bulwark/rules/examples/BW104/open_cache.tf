resource "aws_security_group" "cache" {
  name = "cache"
  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: BW104
  }
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  security_group_ids   = [aws_security_group.cache.id]
}

resource "aws_security_group" "app_only" {
  name = "app-only"
  ingress {
    from_port       = 11211
    to_port         = 11211
    protocol        = "tcp"
    security_groups = [var.app_security_group]
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Memcached listens on 11211: the open HTTPS rule does not reach it.
resource "aws_elasticache_cluster" "pages" {
  cluster_id         = "pages"
  engine             = "memcached"
  node_type          = "cache.t4g.small"
  security_group_ids = [aws_security_group.app_only.id]
}

resource "aws_security_group" "custom_port" {
  name = "custom-port"
  ingress {
    from_port        = 7000
    to_port          = 7100
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # expect: BW104
  }
}

resource "aws_elasticache_replication_group" "custom_port" {
  replication_group_id = "queue"
  description          = "queue"
  port                 = 7001
  security_group_ids   = [aws_security_group.custom_port.id]
}

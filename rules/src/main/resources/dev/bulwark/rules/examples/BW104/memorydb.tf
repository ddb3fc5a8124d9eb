resource "aws_security_group" "cache" {
  name = "memorydb"
  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: BW104
  }
}

resource "aws_memorydb_cluster" "sessions" {
  acl_name           = "app-users"
  name               = "sessions"
  node_type          = "db.t4g.small"
  engine             = "valkey"
  engine_version     = "7.2"
  security_group_ids = [aws_security_group.cache.id]
}

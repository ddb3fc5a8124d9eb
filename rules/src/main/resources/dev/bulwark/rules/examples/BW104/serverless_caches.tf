resource "aws_security_group" "memcached" {
  name = "serverless-memcached"
  ingress {
    from_port   = 11211
    to_port     = 11211
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: BW104
  }
}

resource "aws_elasticache_serverless_cache" "sessions" {
  engine             = "memcached"
  name               = "sessions"
  security_group_ids = [aws_security_group.memcached.id]
  subnet_ids         = ["subnet-12345678", "subnet-87654321"]
}

# A Valkey cache listens on 6379, which this group does not open.
resource "aws_elasticache_serverless_cache" "queue" {
  engine             = "valkey"
  name               = "queue"
  security_group_ids = [aws_security_group.memcached.id]
  subnet_ids         = ["subnet-12345678", "subnet-87654321"]
}

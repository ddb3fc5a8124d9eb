# MemoryDB always encrypts at rest, with a key AWS owns unless kms_key_arn names one.
resource "aws_memorydb_cluster" "aws_owned_key" { # expect: BW305
  acl_name       = "app-users"
  name           = "sessions"
  node_type      = "db.t4g.small"
  engine         = "valkey"
  engine_version = "7.2"
}

resource "aws_memorydb_cluster" "customer_key" {
  acl_name       = "app-users"
  name           = "carts"
  node_type      = "db.t4g.small"
  engine         = "valkey"
  engine_version = "7.2"
  kms_key_arn    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = var.tls # expect: BW302
}

variable "tls" {
  type    = bool
  default = false
}

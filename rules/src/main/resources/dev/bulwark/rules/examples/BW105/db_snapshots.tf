# A snapshot shared with "all" can be copied or restored by any AWS account.
resource "aws_db_snapshot" "public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-public"
  shared_accounts        = ["all"] # expect: BW105
}

resource "aws_db_snapshot" "partner" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-partner"
  shared_accounts        = ["111122223333"]
}

resource "aws_db_cluster_snapshot" "private" {
  db_cluster_identifier          = "ledger"
  db_cluster_snapshot_identifier = "ledger-private"
}

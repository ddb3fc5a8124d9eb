resource "aws_db_proxy" "orders" { # expect: BW302
  name           = "orders"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-12345678", "subnet-87654321"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders"
  }
}

resource "aws_db_proxy" "ledger" {
  name           = "ledger"
  engine_family  = "MYSQL"
  require_tls    = true
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-12345678", "subnet-87654321"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ledger"
  }
}

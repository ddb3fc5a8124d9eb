module "audit" {
  source  = "./audit"
  project = "orders-prod"
}

module "audit_reads" {
  source    = "./audit"
  project   = "orders-staging"
  log_types = ["DATA_READ", "DATA_WRITE"]
  exempted  = ["user:oncall@example.com"] # expect: BW423
}

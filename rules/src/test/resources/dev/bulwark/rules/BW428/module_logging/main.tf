module "all_logs" {
  source = "./airflow"
}

module "webserver_only" {
  source    = "./airflow"
  log_types = ["webserver_logs"]
}

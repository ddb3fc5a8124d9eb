variable "log_types" {
  type    = list(string)
  default = ["webserver_logs", "scheduler_logs", "worker_logs"]
}

resource "aws_mwaa_environment" "this" {
  name               = "pipelines"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = contains(var.log_types, "webserver_logs")
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = contains(var.log_types, "scheduler_logs") # expect: BW428
      log_level = "INFO"
    }
    worker_logs {
      enabled   = contains(var.log_types, "worker_logs")
      log_level = "INFO"
    }
  }
}

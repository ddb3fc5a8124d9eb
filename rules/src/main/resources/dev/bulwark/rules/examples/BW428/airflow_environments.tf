variable "worker_logs" {
  type = bool
}

resource "aws_mwaa_environment" "bare" { # expect: BW428
  name               = "bare"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }
}

resource "aws_mwaa_environment" "tasks_only" {
  name               = "tasks-only"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }

  logging_configuration { # expect: BW428
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "webserver_off" {
  name               = "webserver-off"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = false # expect: BW428
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

# All three sent: not flagged.
resource "aws_mwaa_environment" "logged" {
  name               = "logged"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "WARNING"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

# Worker logs decided at deployment: not flagged.
resource "aws_mwaa_environment" "chosen_later" {
  name               = "chosen-later"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::airflow-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = var.worker_logs
      log_level = "INFO"
    }
  }
}

variable "engine_type" {
  type = string
}

variable "log_group" {
  type = string
}

resource "aws_msk_cluster" "unlogged" { # expect: BW413
  cluster_name           = "unlogged"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }
}

resource "aws_msk_cluster" "disabled" {
  cluster_name           = "disabled"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = false # expect: BW413
        log_group = var.log_group
      }
    }
  }
}

resource "aws_msk_cluster" "to_s3" {
  cluster_name           = "to-s3"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled = false
      }
      s3 {
        enabled = true
        bucket  = "msk-broker-logs"
      }
    }
  }
}

resource "aws_mq_broker" "unlogged" { # expect: BW413
  broker_name        = "unlogged"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  user {
    username = "admin"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "general_only" {
  broker_name        = "general-only"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  logs { # expect: BW413
    general = true
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "logged" {
  broker_name        = "logged"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
    audit   = true
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

# RabbitMQ has no audit log.
resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "rabbit_silent" {
  broker_name        = "rabbit-silent"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs {
    general = false # expect: BW413
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

# Whether the engine has an audit log is known only at plan time.
resource "aws_mq_broker" "chosen_engine" {
  broker_name        = "chosen-engine"
  engine_type        = var.engine_type
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

variable "engine_type" {
  type    = string
  default = "RabbitMQ"
}

variable "general_logs" {
  type    = bool
  default = false
}

# RabbitMQ, through the variable's default: no audit log to enable.
resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = var.engine_type
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

resource "aws_mq_broker" "quiet" {
  broker_name        = "quiet"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  logs {
    general = var.general_logs # expect: BW413
    audit   = true
  }

  user {
    username = "admin"
    password = "change-me-please"
  }
}

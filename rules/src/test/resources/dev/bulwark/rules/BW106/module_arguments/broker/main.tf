variable "public" {
  type    = bool
  default = false
}

variable "public_access_type" {
  type    = string
  default = "DISABLED"
}

variable "password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "this" {
  broker_name         = "queue"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = var.public

  user {
    username = "app"
    password = var.password
  }
}

resource "aws_msk_cluster" "this" {
  cluster_name           = "stream"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]

    dynamic "connectivity_info" {
      for_each = var.public_access_type == "DISABLED" ? [] : [var.public_access_type]
      content {
        public_access {
          type = connectivity_info.value
        }
      }
    }
  }
}

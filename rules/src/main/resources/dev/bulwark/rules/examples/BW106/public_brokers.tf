variable "broker_password" {
  type      = string
  sensitive = true
}

variable "public_access_type" {
  type = string
}

resource "aws_mq_broker" "public" {
  broker_name         = "orders"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = true # expect: BW106

  user {
    username = "app"
    password = var.broker_password
  }
}

# Private by default: reached from its VPC only.
resource "aws_mq_broker" "private" {
  broker_name        = "billing"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.broker_password
  }
}

resource "aws_msk_cluster" "public" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]

    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS" # expect: BW106
      }
    }
  }
}

resource "aws_msk_cluster" "disabled" {
  cluster_name           = "audit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]

    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }
  }
}

# Without connectivity settings, public access is disabled.
resource "aws_msk_cluster" "private" {
  cluster_name           = "metrics"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }
}

# Not known before deployment: not flagged.
resource "aws_msk_cluster" "chosen_later" {
  cluster_name           = "clicks"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]

    connectivity_info {
      public_access {
        type = var.public_access_type
      }
    }
  }
}

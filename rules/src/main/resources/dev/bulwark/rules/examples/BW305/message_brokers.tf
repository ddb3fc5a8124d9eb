# MSK and Amazon MQ always encrypt their storage; with a key of your own only when one is named.
resource "aws_msk_cluster" "events" { # expect: BW305
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

resource "aws_msk_cluster" "orders" {
  cluster_name           = "orders"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_mq_broker" "jobs" { # expect: BW305
  broker_name        = "jobs"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "jobs"
    password = "change-me-please"
  }
}

resource "aws_mq_broker" "payments" {
  broker_name        = "payments"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  user {
    username = "payments"
    password = "change-me-please"
  }
}

# RabbitMQ brokers always use a key AWS owns; no key can be chosen.
resource "aws_mq_broker" "notifications" {
  broker_name        = "notifications"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  user {
    username = "notifications"
    password = "change-me-please"
  }
}

# MSK encrypts client and broker traffic unless told to let plain text through.
resource "aws_msk_cluster" "defaults" {
  cluster_name           = "defaults"
  kafka_version          = "3.7.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-0b2c3d4e", "subnet-0c3d4e5f"]
    security_groups = ["sg-0a1b2c3d"]
  }
}

resource "aws_msk_cluster" "plaintext_clients" {
  cluster_name           = "plaintext-clients"
  kafka_version          = "3.7.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-0b2c3d4e", "subnet-0c3d4e5f"]
    security_groups = ["sg-0a1b2c3d"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: BW302
    }
  }
}

resource "aws_msk_cluster" "plaintext_brokers" {
  cluster_name           = "plaintext-brokers"
  kafka_version          = "3.7.x"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-0b2c3d4e", "subnet-0c3d4e5f"]
    security_groups = ["sg-0a1b2c3d"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = false # expect: BW302
    }
  }
}

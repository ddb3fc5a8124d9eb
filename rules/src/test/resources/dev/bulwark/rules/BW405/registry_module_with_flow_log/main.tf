# The module's VPC gets its flow log from a resource outside the module.
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "10.0.0.0/16"
}

resource "aws_flow_log" "vpc" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  vpc_id               = module.vpc.vpc_id
}

module "unlogged_vpc" { # expect: BW405
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "10.1.0.0/16"
}

module "not_created" {
  source     = "terraform-aws-modules/vpc/aws"
  create_vpc = false
}

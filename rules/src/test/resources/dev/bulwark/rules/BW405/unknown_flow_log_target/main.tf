# Which VPC this flow log captures is decided at deploy time: a VPC without one here might be that one.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "maybe_logged" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "decided_later" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  vpc_id               = var.vpc_id
}

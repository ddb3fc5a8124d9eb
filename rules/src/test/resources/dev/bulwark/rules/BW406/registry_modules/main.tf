module "elb_without_logs" { # expect: BW406
  source  = "terraform-aws-modules/elb/aws"
  version = "~> 4.0"

  name    = "without-logs"
  subnets = ["subnet-1"]
}

# The module enables the access_logs block unless told otherwise.
module "elb_with_logs" {
  source  = "terraform-aws-modules/elb/aws"
  version = "~> 4.0"

  name    = "with-logs"
  subnets = ["subnet-1"]

  access_logs = {
    bucket = "example-lb-logs"
  }
}

module "elb_logs_off" {
  source  = "terraform-aws-modules/elb/aws"
  version = "~> 4.0"

  name    = "logs-off"
  subnets = ["subnet-1"]

  access_logs = {
    bucket  = "example-lb-logs"
    enabled = false # expect: BW406
  }
}

variable "lb_type" {
  type = string
}

resource "aws_lb" "type_decided_later" {
  name               = "decided-later"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-1"]
}

module "alb_without_logs" { # expect: BW406
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 8.0"

  name    = "without-logs"
  subnets = ["subnet-1"]
}

# The ALB module enables access logs when a bucket is given.
module "alb_with_bucket" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 8.0"

  name    = "with-bucket"
  subnets = ["subnet-1"]

  access_logs = {
    bucket = "example-lb-logs"
  }
}

module "alb_logs_off" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name    = "logs-off"
  subnets = ["subnet-1"]

  access_logs = {
    bucket  = "example-lb-logs"
    enabled = false # expect: BW406
  }
}

module "nlb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name               = "nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-1"]
}

module "alb_not_created" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  create  = false
  name    = "not-created"
  subnets = ["subnet-1"]
}

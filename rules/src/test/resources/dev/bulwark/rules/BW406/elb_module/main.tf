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

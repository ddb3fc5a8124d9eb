resource "aws_lb" "no_block" { # expect: BW406
  name    = "no-block"
  subnets = ["subnet-1", "subnet-2"]
}

# In aws_lb, a block without enabled = true delivers nothing.
resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-1", "subnet-2"]

  access_logs { # expect: BW406
    bucket = "example-lb-logs"
  }
}

resource "aws_lb" "logged" {
  name    = "logged"
  subnets = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "example-lb-logs"
    enabled = true
  }
}

resource "aws_elb" "disabled" {
  name               = "disabled"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  access_logs {
    bucket  = "example-lb-logs"
    enabled = false # expect: BW406
  }
}

# In aws_elb, the block is enabled by default.
resource "aws_elb" "logged" {
  name               = "logged"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  access_logs {
    bucket = "example-lb-logs"
  }
}

# A network load balancer without TLS listeners writes no access logs at all, and a gateway one never does.
resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 5432
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/db/1"
  }
}

resource "aws_lb" "gateway" {
  name               = "gateway"
  load_balancer_type = "gateway"
  subnets            = ["subnet-1"]
}

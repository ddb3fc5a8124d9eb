variable "log_level" {
  type    = string
  default = "OFF"
}

variable "decided_later" {
  type = string
}

resource "aws_sfn_state_machine" "from_default" {
  name       = "from-default"
  role_arn   = "arn:aws:iam::123456789012:role/workflow"
  definition = "{}"

  logging_configuration {
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/states/default:*"
    level           = var.log_level # expect: BW426
  }
}

resource "aws_sfn_state_machine" "unknown_level" {
  name       = "unknown-level"
  role_arn   = "arn:aws:iam::123456789012:role/workflow"
  definition = "{}"

  logging_configuration {
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/states/later:*"
    level           = var.decided_later
  }
}

resource "aws_sfn_state_machine" "unlogged" { # expect: BW426
  name       = "unlogged"
  role_arn   = "arn:aws:iam::123456789012:role/workflow"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "switched_off" {
  name       = "switched-off"
  role_arn   = "arn:aws:iam::123456789012:role/workflow"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/states/switched-off:*"
    level           = "OFF" # expect: BW426
  }
}

resource "aws_sfn_state_machine" "logged" {
  name       = "logged"
  type       = "EXPRESS"
  role_arn   = "arn:aws:iam::123456789012:role/workflow"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/states/logged:*"
    include_execution_data = true
    level                  = "ERROR"
  }
}

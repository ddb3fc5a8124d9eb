resource "aws_networkfirewall_firewall" "unlogged" { # expect: BW425
  name                = "unlogged"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.baseline.arn
  vpc_id              = "vpc-12345678"

  subnet_mapping {
    subnet_id = "subnet-12345678"
  }
}

resource "aws_networkfirewall_firewall" "logged" {
  name                = "logged"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.baseline.arn
  vpc_id              = "vpc-87654321"

  subnet_mapping {
    subnet_id = "subnet-87654321"
  }
}

resource "aws_networkfirewall_logging_configuration" "logged" {
  firewall_arn = aws_networkfirewall_firewall.logged.arn

  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/network-firewall/alerts"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}

resource "aws_networkfirewall_firewall_policy" "baseline" {
  name = "baseline"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

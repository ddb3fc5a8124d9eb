# Service data that AWS always encrypts, with a key of the customer's only when one is named.
resource "aws_kms_key" "data" {
  description         = "service data"
  enable_key_rotation = true
}

resource "aws_kinesis_video_stream" "cameras" { # expect: BW305
  name                    = "cameras"
  data_retention_in_hours = 24
}

resource "aws_kinesis_video_stream" "doorbell" {
  name       = "doorbell"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_cloudtrail_event_data_store" "audit" { # expect: BW305
  name = "audit"
}

resource "aws_codeartifact_domain" "packages" {
  domain         = "packages"
  encryption_key = "alias/aws/codeartifact" # expect: BW305
}

resource "aws_codebuild_project" "build" { # expect: BW305
  name         = "build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

resource "aws_bedrockagent_agent" "helper" { # expect: BW305
  agent_name              = "helper"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock"
  foundation_model        = "anthropic.claude-v2"
}

resource "aws_scheduler_schedule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 2 * * ? *)"
  kms_key_arn         = aws_kms_key.data.arn

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:lambda:eu-west-1:123456789012:function:nightly"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
  }
}

resource "aws_imagebuilder_component" "hardening" { # expect: BW305
  name     = "hardening"
  platform = "Linux"
  version  = "1.0.0"
  uri      = "s3://components/hardening.yml"
}

resource "aws_dms_replication_instance" "migration" { # expect: BW305
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  ssl_mode      = "require"
  kms_key_arn   = aws_kms_key.data.arn
}

resource "aws_dms_endpoint" "target" { # expect: BW305
  endpoint_id   = "target"
  endpoint_type = "target"
  engine_name   = "s3"
}

resource "aws_appflow_connector_profile" "salesforce" { # expect: BW305
  name            = "salesforce"
  connector_type  = "Salesforce"
  connection_mode = "Public"

  connector_profile_config {
    connector_profile_credentials {
      salesforce {
        access_token = var.salesforce_token
      }
    }
    connector_profile_properties {
      salesforce {
        instance_url = "https://example.my.salesforce.com"
      }
    }
  }
}

resource "aws_memorydb_snapshot" "nightly" {
  cluster_name = "sessions"
  name         = "nightly"
  kms_key_arn  = aws_kms_key.data.arn
}

resource "aws_networkfirewall_rule_group" "block_domains" {
  capacity = 100
  name     = "block-domains"
  type     = "STATEFUL"

  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "DENYLIST"
        target_types         = ["HTTP_HOST"]
        targets              = ["bad.example.com"]
      }
    }
  }

  encryption_configuration {
    type = "AWS_OWNED_KMS_KEY" # expect: BW305
  }
}

resource "aws_networkfirewall_firewall_policy" "edge" {
  name = "edge"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }

  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.data.arn
  }
}

variable "salesforce_token" {
  type      = string
  sensitive = true
}

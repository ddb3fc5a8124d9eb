variable "flow_log_bucket" {
  type = string
}

resource "aws_globalaccelerator_accelerator" "decided_later" {
  name = "decided-later"

  dynamic "attributes" {
    for_each = var.flow_log_bucket == null ? [] : [var.flow_log_bucket]
    content {
      flow_logs_enabled   = true
      flow_logs_s3_bucket = attributes.value
    }
  }
}

variable "project" {
  type = string
}

variable "service" {
  type    = string
  default = "allServices"
}

variable "log_types" {
  type    = list(string)
  default = ["ADMIN_READ"]
}

variable "exempted" {
  type    = list(string)
  default = []
}

resource "google_project_iam_audit_config" "this" { # expect: BW423
  project = var.project
  service = var.service

  dynamic "audit_log_config" {
    for_each = var.log_types
    content {
      log_type         = audit_log_config.value
      exempted_members = var.exempted
    }
  }
}

# Flags generated from a variable's default are known: a finding points at the content, and at the default.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = var.engine
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = var.flags
      content {
        name  = database_flags.key
        value = database_flags.value # expect: BW419
      }
    }
  }
}

variable "engine" {
  type    = string
  default = "POSTGRES_16"
}

variable "flags" {
  type = map(string)
  default = {
    log_connections           = "on"
    log_disconnections        = "off"
    "cloudsql.enable_pgaudit" = "on"
  }
}

# Cloud SQL for PostgreSQL logs neither connections nor disconnections unless its flags turn them on.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings { # expect: BW419 BW419 BW419
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "audited" {
  name             = "audited"
  database_version = "POSTGRES_14"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "ON"
    }
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "on"
    }
    database_flags {
      name  = "log_checkpoints"
      value = "off" # expect: BW419
    }
  }
}

resource "google_sql_database_instance" "half" {
  name             = "half"
  database_version = "POSTGRES_13"
  region           = "europe-west1"

  settings { # expect: BW419 BW419
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_connections"
      value = "off" # expect: BW419
    }
  }
}

# Flags that come from a variable without a default are not known, so only what is set is checked.
resource "google_sql_database_instance" "from_variable" {
  name             = "from-variable"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = var.flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# MySQL has no such flags.
resource "google_sql_database_instance" "catalog" {
  name             = "catalog"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"
  }
}

variable "flags" {
  type = map(string)
}

# Azure Database for PostgreSQL: a server parameter turned off.
resource "azurerm_postgresql_configuration" "connections" {
  name                = "log_connections"
  resource_group_name = "data"
  server_name         = "orders"
  value               = "Off" # expect: BW419
}

resource "azurerm_postgresql_flexible_server_configuration" "lock_waits" {
  name      = "log_lock_waits"
  server_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.DBforPostgreSQL/flexibleServers/orders"
  value     = "off" # expect: BW419
}

resource "azurerm_postgresql_configuration" "checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "data"
  server_name         = "orders"
  value               = "on"
}

resource "azurerm_postgresql_configuration" "work_mem" {
  name                = "work_mem"
  resource_group_name = "data"
  server_name         = "orders"
  value               = "0"
}

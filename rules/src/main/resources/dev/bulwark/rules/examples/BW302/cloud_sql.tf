# Cloud SQL accepts plain-text connections unless its SSL mode refuses them.
resource "google_sql_database_instance" "defaults" { # expect: BW302
  name             = "defaults"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
}

resource "google_sql_database_instance" "allows_plain_text" {
  name             = "allows-plain-text"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled = false
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # expect: BW302
    }
  }
}

resource "google_sql_database_instance" "encrypted_only" {
  name             = "encrypted-only"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled = false
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "legacy_require_ssl" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled = false
      require_ssl  = true
    }
  }
}

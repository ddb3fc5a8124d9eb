resource "azurerm_sql_server" "legacy" {
  name    = "legacy-sql"
  version = "12.0"
}

resource "azurerm_sql_firewall_rule" "everyone" {
  name             = "everyone"
  server_name      = azurerm_sql_server.legacy.name
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: BW102
}

# 0.0.0.0 to 0.0.0.0 admits Azure services, not the internet.
resource "azurerm_sql_firewall_rule" "azure_services" {
  name             = "azure-services"
  server_name      = azurerm_sql_server.legacy.name
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mssql_server" "orders" {
  name    = "orders-sql"
  version = "12.0"
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

# A rule that names its server by a literal name.
resource "azurerm_postgresql_server" "reports" {
  name     = "reports-pg"
  sku_name = "GP_Gen5_2"
}

resource "azurerm_postgresql_firewall_rule" "by_name" {
  name             = "everyone"
  server_name      = "reports-pg"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: BW102
}

resource "azurerm_mysql_firewall_rule" "from_variable" {
  name             = "configured"
  server_name      = azurerm_mysql_server.shop.name
  start_ip_address = var.start
  end_ip_address   = var.end
}

resource "azurerm_mysql_server" "shop" {
  name     = "shop-mysql"
  sku_name = "GP_Gen5_2"
}

resource "google_sql_database_instance" "open" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      authorized_networks {
        name  = "office"
        value = "198.51.100.0/24"
      }
      authorized_networks {
        name  = "everyone"
        value = "0.0.0.0/0" # expect: BW102
      }
    }
  }
}

resource "google_sql_database_instance" "from_variable" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      authorized_networks {
        value = var.network
      }
    }
  }
}

# A rule for a server defined elsewhere is assessed on its own.
resource "azurerm_mssql_firewall_rule" "elsewhere" {
  name             = "everyone"
  server_id        = var.server_id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: BW102
}

# Azure Cache for Redis has a firewall of its own.
resource "azurerm_redis_firewall_rule" "everyone" {
  name                = "everyone"
  redis_cache_name    = "sessions"
  resource_group_name = "web"
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255" # expect: BW102
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = "sessions"
  resource_group_name = "web"
  start_ip            = "203.0.113.0"
  end_ip              = "203.0.113.255"
}

resource "azurerm_synapse_workspace" "analytics" {
  name                                 = "analytics"
  resource_group_name                  = "data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://lake.dfs.core.windows.net/analytics"
}

resource "azurerm_synapse_firewall_rule" "everyone" {
  name                 = "AllowAll"
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  start_ip_address     = "0.0.0.0"
  end_ip_address       = "255.255.255.255" # expect: BW102
}

resource "azurerm_mssql_server" "legacy_clients" {
  name                = "orders-sql"
  resource_group_name = "data"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = "1.0" # expect: BW307
}

resource "azurerm_mssql_server" "any_version" {
  name                = "reports-sql"
  resource_group_name = "data"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = "Disabled" # expect: BW307
}

resource "azurerm_postgresql_server" "old" {
  name                             = "orders-pg"
  resource_group_name              = "data"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1" # expect: BW307
}

resource "azurerm_redis_cache" "sessions" {
  name                = "sessions"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.1" # expect: BW307
}

# 1.2 is the default for SQL, PostgreSQL and MySQL servers.
resource "azurerm_mssql_server" "default" {
  name                = "ledger-sql"
  resource_group_name = "data"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mysql_server" "modern" {
  name                             = "shop-mysql"
  resource_group_name              = "data"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_mssql_managed_instance" "legacy" {
  name                = "legacy-mi"
  resource_group_name = "data"
  location            = "westeurope"
  license_type        = "BasePrice"
  sku_name            = "GP_Gen5"
  storage_size_in_gb  = 32
  subnet_id           = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Network/virtualNetworks/core/subnets/mi"
  vcores              = 4
  minimum_tls_version = "1.1" # expect: BW307
}

# Flexible servers set their TLS versions through server parameters.
resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "data"
  server_name         = "shop-mysql-flex"
  value               = "TLSv1.1,TLSv1.2" # expect: BW307
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.DBforPostgreSQL/flexibleServers/orders"
  value     = "TLSv1.2"
}

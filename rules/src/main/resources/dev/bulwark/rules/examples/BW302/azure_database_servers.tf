# Azure Database single servers accept plain-text connections unless SSL is enforced.
resource "azurerm_postgresql_server" "orders" {
  name                         = "orders"
  location                     = "westeurope"
  resource_group_name          = "data"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "orders"
  administrator_login_password = var.password
  ssl_enforcement_enabled      = false # expect: BW302
}

resource "azurerm_mysql_server" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "data"
  sku_name            = "B_Gen5_1"
  version             = "5.7"
  ssl_enforcement     = "Disabled" # expect: BW302
}

resource "azurerm_mariadb_server" "catalog" {
  name                    = "catalog"
  location                = "westeurope"
  resource_group_name     = "data"
  sku_name                = "B_Gen5_1"
  version                 = "10.3"
  ssl_enforcement_enabled = true
}

resource "azurerm_mysql_server" "enforced" {
  name                = "enforced"
  location            = "westeurope"
  resource_group_name = "data"
  sku_name            = "B_Gen5_1"
  version             = "5.7"
  ssl_enforcement     = "Enabled"
}

# Flexible servers require TLS unless a server parameter turns it off.
resource "azurerm_postgresql_flexible_server_configuration" "plain_text" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.DBforPostgreSQL/flexibleServers/orders"
  value     = "off" # expect: BW302
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "require_secure_transport"
  resource_group_name = "data"
  server_name         = "legacy"
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "timeouts" {
  name                = "interactive_timeout"
  resource_group_name = "data"
  server_name         = "legacy"
  value               = "600"
}

variable "password" {
  type      = string
  sensitive = true
}

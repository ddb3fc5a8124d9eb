# Azure Cache for Redis accepts connections from all networks until a firewall rule or a private setup limits them.
resource "azurerm_redis_cache" "open" { # expect: BW101
  name                = "open"
  location            = "westeurope"
  resource_group_name = "web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "office_only" {
  name                = "office-only"
  location            = "westeurope"
  resource_group_name = "web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = azurerm_redis_cache.office_only.name
  resource_group_name = "web"
  start_ip            = "203.0.113.0"
  end_ip              = "203.0.113.255"
}

resource "azurerm_redis_cache" "private" {
  name                          = "private"
  location                      = "westeurope"
  resource_group_name           = "web"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

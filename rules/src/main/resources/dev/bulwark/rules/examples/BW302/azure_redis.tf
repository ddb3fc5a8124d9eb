# Azure Cache for Redis speaks TLS on 6380; the plain-text port 6379 stays closed unless opened.
resource "azurerm_redis_cache" "sessions" {
  name                 = "sessions"
  location             = "westeurope"
  resource_group_name  = "web"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true # expect: BW302
}

resource "azurerm_redis_cache" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true # expect: BW302
}

resource "azurerm_redis_cache" "tls_only" {
  name                = "tls-only"
  location            = "westeurope"
  resource_group_name = "web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

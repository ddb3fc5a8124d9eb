variable "tls" {
  type    = string
  default = "1.1"
}

variable "decided_later" {
  type = string
}

resource "azurerm_mssql_server" "from_default" {
  name                = "from-default"
  resource_group_name = "data"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = var.tls # expect: BW307
}

resource "azurerm_redis_cache" "unknown" {
  name                = "unknown"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = var.decided_later
}

# Without the setting, the cache accepts TLS 1.2 or later.
resource "azurerm_redis_cache" "default" {
  name                = "default"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

# Before provider 4.0 the argument defaults to 1.0, but Azure Cache for Redis has refused TLS 1.0 and 1.1 on every
# cache since November 2024: a cache without the setting accepts TLS 1.2 or later.
resource "azurerm_redis_cache" "sessions" {
  name                = "sessions"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "stated_tls" {
  name                = "pinned"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.0" # expect: BW307
}

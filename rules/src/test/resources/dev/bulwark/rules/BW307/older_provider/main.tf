terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

# Before provider 4.0, a cache without minimum_tls_version accepts TLS 1.0.
resource "azurerm_redis_cache" "sessions" { # expect: BW307
  name                = "sessions"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "pinned_tls" {
  name                = "pinned"
  resource_group_name = "data"
  location            = "westeurope"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}

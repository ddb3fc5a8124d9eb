# A Cosmos DB account accepts connections from all networks unless a filter limits them.
resource "azurerm_cosmosdb_account" "open" { # expect: BW101
  name                = "orders-open"
  location            = "westeurope"
  resource_group_name = "orders"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "filtered" {
  name                = "orders-filtered"
  location            = "westeurope"
  resource_group_name = "orders"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "private" {
  name                          = "orders-private"
  location                      = "westeurope"
  resource_group_name           = "orders"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

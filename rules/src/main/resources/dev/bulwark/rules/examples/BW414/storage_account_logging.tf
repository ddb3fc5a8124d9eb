resource "azurerm_storage_account" "reads_unlogged" {
  name                     = "ordersqueue"
  resource_group_name      = "orders"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      delete                = true
      read                  = false # expect: BW414
      write                 = true
      version               = "1.0"
      retention_policy_days = 10
    }
  }
}

resource "azurerm_storage_account" "fully_logged" {
  name                     = "paymentsqueue"
  resource_group_name      = "payments"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      delete                = true
      read                  = true
      write                 = true
      version               = "1.0"
      retention_policy_days = 10
    }
  }
}

# Without queue logging settings, diagnostic settings elsewhere may log: not flagged.
resource "azurerm_storage_account" "logged_elsewhere" {
  name                     = "reportsstore"
  resource_group_name      = "reports"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

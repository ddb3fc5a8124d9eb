resource "azurerm_storage_account" "reads_unlogged" {
  name                     = "ordersqueue"
  resource_group_name      = "orders"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      delete                = false # expect: BW414
      read                  = false
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

# Without logging settings in the file, diagnostic settings elsewhere may log: not flagged.
resource "azurerm_storage_account" "logged_elsewhere" {
  name                     = "reportsstore"
  resource_group_name      = "reports"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "invoices" {
  name                     = "invoicesblobs"
  resource_group_name      = "invoices"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# The blob service logs writes and deletes, not reads.
resource "azurerm_monitor_diagnostic_setting" "invoices_blobs" { # expect: BW414
  name                       = "blob-logs"
  target_resource_id         = "${azurerm_storage_account.invoices.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category = "StorageWrite"
  }

  enabled_log {
    category = "StorageDelete"
  }
}

resource "azurerm_storage_account" "contracts" {
  name                     = "contractsblobs"
  resource_group_name      = "contracts"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_monitor_diagnostic_setting" "contracts_blobs" {
  name                       = "blob-logs"
  target_resource_id         = "${azurerm_storage_account.contracts.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category_group = "allLogs"
  }
}

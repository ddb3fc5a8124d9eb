variable "workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"
}

variable "table_categories" {
  type    = list(string)
  default = ["StorageRead", "StorageWrite"]
}

resource "azurerm_storage_account" "orders" {
  name                     = "orders"
  resource_group_name      = "orders"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  # Storage Analytics leaves deletes out, but the queue's diagnostic setting logs them: not flagged for the queue.
  queue_properties {
    logging {
      delete  = false
      read    = true
      write   = true
      version = "1.0"
    }
  }
}

# On the account itself: metrics only, which do not count.
resource "azurerm_monitor_diagnostic_setting" "orders_account" {
  name                       = "account-metrics"
  target_resource_id         = azurerm_storage_account.orders.id
  log_analytics_workspace_id = var.workspace_id

  metric {
    category = "Transaction"
  }
}

resource "azurerm_monitor_diagnostic_setting" "orders_queue" {
  name                       = "queue-logs"
  target_resource_id         = "${azurerm_storage_account.orders.id}/queueServices/default"
  log_analytics_workspace_id = var.workspace_id

  dynamic "enabled_log" {
    for_each = ["StorageRead", "StorageWrite", "StorageDelete"]
    content {
      category = enabled_log.value
    }
  }
}

# Two settings of the blob service log all three categories between them.
resource "azurerm_monitor_diagnostic_setting" "orders_blob_reads" {
  name                       = "blob-reads"
  target_resource_id         = "${azurerm_storage_account.orders.id}/blobServices/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageRead"
  }
}

resource "azurerm_monitor_diagnostic_setting" "orders_blob_changes" {
  name                       = "blob-changes"
  target_resource_id         = format("%s/blobServices/default", azurerm_storage_account.orders.id)
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageWrite"
  }

  enabled_log {
    category = "StorageDelete"
  }
}

# The table service's categories come from a variable whose default leaves deletes out.
resource "azurerm_monitor_diagnostic_setting" "orders_table" { # expect: BW414
  name                       = "table-logs"
  target_resource_id         = "${azurerm_storage_account.orders.id}/tableServices/default"
  log_analytics_workspace_id = var.workspace_id

  dynamic "enabled_log" {
    for_each = var.table_categories
    content {
      category = enabled_log.value
    }
  }
}

resource "azurerm_storage_account" "archive" {
  name                     = "archive"
  resource_group_name      = "archive"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  # Storage Analytics turns reads off, and no diagnostic setting logs the queue.
  queue_properties {
    logging {
      delete  = true
      read    = false # expect: BW414
      write   = true
      version = "1.0"
    }
  }
}

# The legacy `log` block, with reads turned off.
resource "azurerm_monitor_diagnostic_setting" "archive_blob" {
  name                       = "blob-logs"
  target_resource_id         = "${azurerm_storage_account.archive.id}/blobServices/default"
  log_analytics_workspace_id = var.workspace_id

  log {
    category = "StorageRead"
    enabled  = false # expect: BW414
  }

  log {
    category = "StorageWrite"
  }

  log {
    category = "StorageDelete"
  }
}

resource "azurerm_storage_account" "audited" {
  name                     = "audited"
  resource_group_name      = "audit"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Whether the `audit` group holds every category is not decided here: unknown, not flagged.
resource "azurerm_monitor_diagnostic_setting" "audited_blob" {
  name                       = "blob-audit"
  target_resource_id         = "${azurerm_storage_account.audited.id}/blobServices/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_storage_account" "per_service" {
  name                     = "perservice"
  resource_group_name      = "audit"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Each instance's key names its service: reads only, on every service.
resource "azurerm_monitor_diagnostic_setting" "per_service" { # expect: BW414, BW414, BW414
  for_each                   = toset(["blob", "queue", "table"])
  name                       = "${each.key}-logs"
  target_resource_id         = "${azurerm_storage_account.per_service.id}/${each.key}Services/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageRead"
  }
}

resource "azurerm_monitor_diagnostic_setting" "per_service_table" {
  name                       = "table-writes"
  target_resource_id         = "${azurerm_storage_account.per_service.id}/tableServices/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageWrite"
  }
}

resource "azurerm_storage_account" "jobs" {
  name                     = "jobs"
  resource_group_name      = "jobs"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Since azurerm v4 the queue's Storage Analytics logging can be a resource of its own.
resource "azurerm_storage_account_queue_properties" "jobs" {
  storage_account_id = azurerm_storage_account.jobs.id

  logging {
    version = "1.0"
    delete  = true
    read    = true
    write   = false # expect: BW414
  }
}

variable "service" {
  type = string
}

resource "azurerm_storage_account" "unread" {
  name                     = "unread"
  resource_group_name      = "audit"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# The service of this setting is not readable from the file, so the one below may be completed by it.
resource "azurerm_monitor_diagnostic_setting" "unread_some" {
  name                       = "some-logs"
  target_resource_id         = join("/", [azurerm_storage_account.unread.id, var.service, "default"])
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageDelete"
  }
}

resource "azurerm_monitor_diagnostic_setting" "unread_table" {
  name                       = "table-writes"
  target_resource_id         = "${azurerm_storage_account.unread.id}/tableServices/default"
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "StorageWrite"
  }
}

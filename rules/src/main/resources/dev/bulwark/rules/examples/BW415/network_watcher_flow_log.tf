resource "azurerm_network_watcher_flow_log" "disabled" {
  name                 = "disabled"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app"
  storage_account_id   = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = false # expect: BW415

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "enabled" {
  name                 = "enabled"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/web"
  storage_account_id   = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

variable "flow_logs_enabled" {
  type = bool
}

resource "azurerm_network_watcher_flow_log" "decided_later" {
  name                 = "decided-later"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/db"
  storage_account_id   = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = var.flow_logs_enabled

  retention_policy {
    enabled = true
    days    = 90
  }
}

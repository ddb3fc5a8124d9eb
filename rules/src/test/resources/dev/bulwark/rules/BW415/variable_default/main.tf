variable "flow_logs_enabled" {
  type    = bool
  default = false
}

resource "azurerm_network_watcher_flow_log" "from_variable" {
  name                      = "from-variable"
  network_watcher_name      = "NetworkWatcher_westeurope"
  resource_group_name       = "NetworkWatcherRG"
  network_security_group_id = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id        = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = var.flow_logs_enabled # expect: BW415

  retention_policy {
    enabled = true
    days    = 90
  }
}

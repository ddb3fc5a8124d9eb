resource "azurerm_key_vault" "unaudited" { # expect: BW418
  name                = "unaudited"
  location            = "westeurope"
  resource_group_name = "app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "audited" {
  name                = "audited"
  location            = "westeurope"
  resource_group_name = "app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.audited.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category = "AuditEvent"
  }
}

# A diagnostic setting that collects only metrics, or turns the audit log off, does not audit the vault.
resource "azurerm_key_vault" "metrics_only" {
  name                = "metrics-only"
  location            = "westeurope"
  resource_group_name = "app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_key_vault.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  log {
    category = "AuditEvent"
    enabled  = false # expect: BW418
  }

  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_key_vault" "all_logs" {
  name                = "all-logs"
  location            = "westeurope"
  resource_group_name = "app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name                       = "all"
  target_resource_id         = azurerm_key_vault.all_logs.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category_group = "allLogs"
  }
}

# The diagnostic setting's target is decided at deploy time: it might be this vault.
variable "audited_resource_id" {
  type = string
}

resource "azurerm_key_vault" "maybe_audited" {
  name                = "maybe-audited"
  location            = "westeurope"
  resource_group_name = "app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "decided_later" {
  name                       = "audit"
  target_resource_id         = var.audited_resource_id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category = "AuditEvent"
  }
}

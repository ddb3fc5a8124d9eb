# AKS Automatic delivers its control plane's audit log only to a diagnostic setting, as any AKS cluster does.
resource "azurerm_kubernetes_automatic_cluster" "silent" { # expect: BW411
  name                = "silent"
  location            = "westeurope"
  resource_group_name = "apps"
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_automatic_cluster" "audited" {
  name                = "audited"
  location            = "westeurope"
  resource_group_name = "apps"
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_automatic_cluster.audited.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/ops"
  enabled_log {
    category = "kube-audit-admin"
  }
}

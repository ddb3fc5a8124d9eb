# AKS keeps its control plane logs unless a diagnostic setting collects them; container insights does not.
resource "azurerm_kubernetes_cluster" "insights_only" { # expect: BW411
  name                = "insights-only"
  location            = "westeurope"
  resource_group_name = "apps"
  dns_prefix          = "insights"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2_v2"
  }

  identity {
    type = "SystemAssigned"
  }

  oms_agent {
    log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops"
  }
}

resource "azurerm_kubernetes_cluster" "audited" {
  name                = "audited"
  location            = "westeurope"
  resource_group_name = "apps"
  dns_prefix          = "audited"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2_v2"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "control-plane"
  target_resource_id         = azurerm_kubernetes_cluster.audited.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category = "kube-audit-admin"
  }
}

# A setting that sends the API server's log but not the audit log.
resource "azurerm_kubernetes_cluster" "api_only" {
  name                = "api-only"
  location            = "westeurope"
  resource_group_name = "apps"
  dns_prefix          = "api"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2_v2"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "api_only" { # expect: BW411
  name                       = "api"
  target_resource_id         = azurerm_kubernetes_cluster.api_only.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/security"

  enabled_log {
    category = "kube-apiserver"
  }
}

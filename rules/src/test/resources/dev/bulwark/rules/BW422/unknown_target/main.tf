# A diagnostic setting for a resource given by a variable may be this app's: the app is not flagged.
resource "azurerm_linux_web_app" "maybe_logged" {
  name                = "maybe-logged"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "shared" {
  name                       = "http"
  target_resource_id         = var.app_id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/web"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

variable "app_id" {
  type = string
}

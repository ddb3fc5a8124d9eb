resource "azurerm_linux_web_app" "console_only" {
  name                = "console-only"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "console_only" { # expect: BW422
  name                       = "console"
  target_resource_id         = azurerm_linux_web_app.console_only.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/web"

  enabled_log {
    category = "AppServiceConsoleLogs"
  }
}

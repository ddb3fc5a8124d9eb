resource "azurerm_linux_web_app" "unlogged" { # expect: BW422
  name                = "unlogged"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_linux_web_app" "file_system" {
  name                = "file-system"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 100
      }
    }
  }
}

resource "azurerm_windows_web_app" "errors_only" {
  name                = "errors-only"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  logs { # expect: BW422
    detailed_error_messages = true
  }
}

# A diagnostic setting that collects the HTTP logs counts too.
resource "azurerm_windows_web_app" "diagnostics" {
  name                = "diagnostics"
  location            = "westeurope"
  resource_group_name = "web"
  service_plan_id     = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "diagnostics" {
  name                       = "http"
  target_resource_id         = azurerm_windows_web_app.diagnostics.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/web"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

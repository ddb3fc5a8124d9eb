package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.WebApp;
import dev.bulwark.core.rule.RuleInfo;

/** BW422: an Azure App Service web app that keeps no log of the HTTP requests it serves. */
@RuleInfo(
    id = "BW422",
    name = "web-app-http-logging-disabled",
    title = "Web app has no HTTP logging",
    severity = Severity.LOW,
    category = Category.LOGGING_DISABLED,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add `logs { http_logs { file_system { retention_in_days = ... retention_in_mb = ... } } }` (or "
                + "`azure_blob_storage`) to the web app, or an `azurerm_monitor_diagnostic_setting` for it with "
                + "`enabled_log { category = \"AppServiceHTTPLogs\" }`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Add an `azure_rm_monitordiagnosticsetting` task whose `resource` is the app (type "
                + "`Microsoft.Web/sites`) with `logs: [{category: AppServiceHTTPLogs}]` (`azure_rm_webapp` cannot "
                + "configure App Service logs)."),
    },
    references = {
        "https://learn.microsoft.com/azure/app-service/troubleshoot-diagnostic-logs",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http_logs",
    },
    checkov = {"CKV_AZURE_63"},
    kics = {"72eb3dd8-6892-47d1-9965-a5682de9f4e7"})
final class WebAppLoggingRule extends FactRule<WebApp> {
  WebAppLoggingRule() {
    super(WebApp.class, false);
  }

  @Override
  Fact fact(WebApp app) {
    return app.httpLogging();
  }

  @Override
  String problem(WebApp app, String address) {
    return "Web app " + address + " keeps no log of the HTTP requests it serves";
  }

  @Override
  String detail(Fact fact) {
    if (fact.attribute().equals("http_logs")) {
      return FactText.notConfigured(fact);
    }
    return fact.byDefault() ? "no `" + fact.attribute() + "` collects its `AppServiceHTTPLogs`"
        : "its diagnostic setting does not collect `AppServiceHTTPLogs`";
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.WebApp;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * Azure App Service web apps ({@code azurerm_linux_web_app}, {@code azurerm_windows_web_app} and the older
 * {@code azurerm_app_service}): HTTP logging is on with a {@code logs { http_logs { ... } }} block, or when a
 * diagnostic setting for the app collects category {@code AppServiceHTTPLogs} (or the {@code allLogs} group); it is
 * off by default. When neither logs, a diagnostic setting for the app is where the finding points, else the app.
 */
final class AzureWebAppMapping implements ModelMapping {
  private static final DiagnosticSettings HTTP_LOGS = new DiagnosticSettings(
      Set.of("azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"),
      Set.of("appservicehttplogs", "alllogs"));

  @Override
  public Set<String> types() {
    return HTTP_LOGS.targetTypes();
  }

  @Override
  public List<CloudModel> map(Resource app, Module module) {
    Fact settings = HTTP_LOGS.collected(app, module);
    Fact logs = httpLogs(app);
    return List.of(new WebApp(app, Fact.any(settings.byDefault() ? List.of(logs, settings) : List.of(settings, logs))));
  }

  private static Fact httpLogs(Resource app) {
    NestedBlocks logs = NestedBlocks.of(app.attributes(), "logs");
    if (logs.isMissing()) {
      return Fact.byDefault(false, "http_logs", app.range());
    }
    List<MapValue> known = logs.known();
    if (known.isEmpty()) {
      return logs.presence("http_logs");
    }
    NestedBlocks http = NestedBlocks.of(known.get(0), "http_logs");
    return http.isMissing() ? Fact.byDefault(false, "http_logs", known.get(0).range()) : http.presence("http_logs");
  }
}

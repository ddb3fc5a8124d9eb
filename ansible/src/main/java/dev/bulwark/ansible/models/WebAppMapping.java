package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.WebApp;
import java.util.List;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_webapp}, unless {@code state: absent} or the task stops or restarts the app: the
 * module cannot configure App Service logs, so the app's requests are logged only when a diagnostic setting task
 * names it ({@link DiagnosticSettingTasks}, type {@code Microsoft.Web/sites}) and collects the
 * {@code AppServiceHTTPLogs} category or the {@code allLogs} group.
 */
final class WebAppMapping implements ModuleMapping {
  private static final DiagnosticSettingTasks HTTP_LOGS = new DiagnosticSettingTasks("Microsoft.Web/sites",
      Set.of("appservicehttplogs", "alllogs"));

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_webapp");
  }

  @Override
  public List<CloudModel> map(Resource app, UnitResources unit) {
    if (Args.absent(app) || Args.is(app, "app_state", "restarted") || Args.is(app, "app_state", "stopped")) {
      return List.of();
    }
    return List.of(new WebApp(app, HTTP_LOGS.collected(app,
        Args.entry(app.attributes(), "name").flatMap(entry -> entry.value().asString()), unit)));
  }
}

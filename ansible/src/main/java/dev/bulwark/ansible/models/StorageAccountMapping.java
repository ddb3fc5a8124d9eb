package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageAccount;
import dev.bulwark.core.model.StorageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code azure.azcollection.azure_rm_storageaccount}, unless {@code state} is {@code absent}. Defaults for a new
 * account: {@code https_only} true, as the module documents; without {@code minimum_tls_version}, TLS 1.2, because
 * Azure Storage has refused TLS 1.0 and 1.1 on every account since February 2026 (the module's documentation still
 * says {@code TLS1_0}).
 *
 * <p>The module does not configure its services' logging: a service logs its reads, writes and deletes when the
 * diagnostic setting tasks whose {@code resource} is the service's ID
 * ({@code .../providers/Microsoft.Storage/storageAccounts/<name>/blobServices/default}) collect, between them, the
 * categories {@code StorageRead}, {@code StorageWrite} and {@code StorageDelete} (or the group {@code allLogs}); the
 * group {@code audit}, or a setting whose resource is not known, leaves it unknown. A service that no task names is
 * unknown: a setting made elsewhere may log it.
 */
final class StorageAccountMapping implements ModuleMapping {
  private static final String ACCOUNT = "Microsoft.Storage/storageAccounts";
  private static final Map<String, List<DiagnosticSettingTasks>> SETTINGS = StorageService.SERVICES.stream()
      .collect(Collectors.toMap(Function.identity(), service -> StorageService.CATEGORIES.stream()
          .map(category -> new DiagnosticSettingTasks(ACCOUNT, service + "Services/default",
              Set.of(category.toLowerCase(Locale.ROOT), "alllogs"), Set.of("audit")))
          .toList()));

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_storageaccount");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    Located<String> tls = Args.entry(task.attributes(), "minimum_tls_version")
        .map(entry -> Located.of(entry.value(), "minimum_tls_version", entry.range(), value -> value.asString()))
        .orElseGet(() -> Located.byDefault("TLS1_2", "minimum_tls_version", task.range()));
    List<CloudModel> models = new ArrayList<>();
    models.add(new StorageAccount(task, Args.flag(task.attributes(), "https_only", true, task.range()), tls));
    Optional<String> name = Args.entry(task.attributes(), "name").flatMap(entry -> entry.value().asString());
    for (String service : StorageService.SERVICES) {
      models.add(new StorageService(task, service, logging(task, name, SETTINGS.get(service), unit)));
    }
    return models;
  }

  private static Fact logging(Resource task, Optional<String> name, List<DiagnosticSettingTasks> categories,
      UnitResources unit) {
    DiagnosticSettingTasks.Attached attached = categories.get(0).attached(name, unit);
    List<Resource> settings = attached.settings();
    if (settings.isEmpty()) {
      return Fact.unknown("azure_rm_monitordiagnosticsetting", task.range(), List.of());
    }
    return StorageService.collectedBy(settings, (category, setting) -> categories.get(category).collectedBy(setting),
        attached.someUnknown());
  }
}

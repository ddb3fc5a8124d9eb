package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KeyVault;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azurerm_key_vault}: audit logging is on when an {@code azurerm_monitor_diagnostic_setting} whose
 * {@code target_resource_id} refers to the vault sends its audit events: an {@code enabled_log} (or a {@code log}
 * whose {@code enabled} is not false) of category {@code AuditEvent} or category group {@code audit} or
 * {@code allLogs}. Without such a setting it is off, or unknown when a setting of the unit names an unknown
 * resource, or when a setting's log categories are not known.
 */
final class AzureKeyVaultMapping implements ModelMapping {
  private static final String SETTING = "azurerm_monitor_diagnostic_setting";
  private static final Set<String> AUDIT = Set.of("auditevent", "audit", "alllogs");

  @Override
  public Set<String> types() {
    return Set.of("azurerm_key_vault");
  }

  @Override
  public List<CloudModel> map(Resource vault, Module module) {
    Attachments settings = module.attachments(SETTING, "target_resource_id", types(), Optional.empty());
    List<Resource> attached = settings.to(vault);
    if (attached.isEmpty()) {
      return List.of(new KeyVault(vault, settings.presence(vault, SETTING)));
    }
    Fact result = Fact.known(false, "enabled_log", attached.get(0).range(), List.of());
    for (Resource setting : attached) {
      Fact audited = audited(setting);
      if (audited.isTrue()) {
        return List.of(new KeyVault(vault, audited));
      }
      result = audited.isUnknown() ? audited : result;
    }
    return List.of(new KeyVault(vault, result));
  }

  /** Whether one diagnostic setting sends audit events: true at the log that does, unknown, or false. */
  private static Fact audited(Resource setting) {
    Fact result = Fact.known(false, "enabled_log", setting.range(), List.of());
    for (String block : List.of("enabled_log", "log")) {
      for (Value item : NestedBlocks.of(setting.attributes(), block).items()) {
        Fact fact = item.asMap().map(log -> audits(log, block))
            .orElseGet(() -> Fact.unknown(block, item.range(), item.origin()));
        if (fact.isTrue()) {
          return fact;
        }
        result = fact.isUnknown() ? fact : result;
      }
    }
    return result;
  }

  private static Fact audits(MapValue log, String block) {
    Fact enabled = block.equals("log") ? Fact.of(log, "enabled", true, log.range())
        : Fact.known(true, block, log.range(), List.of());
    Optional<Value> category = log.get("category").or(() -> log.get("category_group"));
    Optional<String> name = category.flatMap(Value::asString);
    boolean audit = name.map(known -> AUDIT.contains(known.toLowerCase(Locale.ROOT))).orElse(false);
    if (enabled.isFalse() || category.isEmpty() || name.isPresent() && !audit) {
      return Fact.known(false, block, log.range(), List.of());
    }
    return audit && enabled.isTrue()
        ? Fact.known(true, block, log.range(), List.of())
        : Fact.unknown(block, log.range(), category.get().origin());
  }
}

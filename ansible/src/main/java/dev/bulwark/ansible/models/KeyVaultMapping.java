package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KeyVault;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code azure.azcollection.azure_rm_keyvault}: audit logging is on when an
 * {@code azure.azcollection.azure_rm_monitordiagnosticsetting} task of the same unit names the vault as its
 * {@code resource} (a dictionary with its {@code name} and the type {@code Microsoft.KeyVault/vaults}, or a resource
 * ID ending in {@code /providers/Microsoft.KeyVault/vaults/<name>}) and sends its audit events: an item of
 * {@code logs} of category {@code AuditEvent}, or of category group {@code audit} or {@code allLogs}, not disabled.
 * Without such a task it is off, or unknown when some setting's resource, or the vault's name, is not known.
 */
final class KeyVaultMapping implements ModuleMapping {
  private static final String SETTING = "azure.azcollection.azure_rm_monitordiagnosticsetting";
  private static final String SETTING_NAME = "azure_rm_monitordiagnosticsetting";
  private static final String VAULT_TYPE = "microsoft.keyvault/vaults";
  private static final Pattern VAULT_ID = Pattern.compile("(?i).*/providers/microsoft\\.keyvault/vaults/([^/]+)/?");
  private static final Set<String> AUDIT = Set.of("auditevent", "audit", "alllogs");

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_keyvault");
  }

  /** What a diagnostic setting's {@code resource} names: a vault by name, something else, or it is not known. */
  private record Target(Optional<String> vault, boolean known) {}

  @Override
  public List<CloudModel> map(Resource vault, UnitResources unit) {
    Optional<String> name = Args.entry(vault.attributes(), "vault_name").flatMap(entry -> entry.value().asString());
    List<Resource> attached = new ArrayList<>();
    boolean someUnknown = false;
    for (Resource setting : unit.calling(SETTING)) {
      Target target = target(setting);
      if (!target.known() || target.vault().isPresent() && name.isEmpty()) {
        someUnknown = true;
      } else if (target.vault().isPresent() && target.vault().get().equalsIgnoreCase(name.get())) {
        attached.add(setting);
      }
    }
    if (attached.isEmpty()) {
      return List.of(new KeyVault(vault, someUnknown
          ? Fact.unknown(SETTING_NAME, vault.range(), List.of())
          : Fact.byDefault(false, SETTING_NAME, vault.range())));
    }
    return List.of(new KeyVault(vault, Fact.any(attached.stream().map(KeyVaultMapping::audited).toList())));
  }

  private static Target target(Resource setting) {
    Optional<MapEntry> resource = Args.entry(setting.attributes(), "resource");
    if (resource.isEmpty()) {
      return new Target(Optional.empty(), true);
    }
    Value value = resource.get().value();
    Optional<MapValue> named = value.asMap();
    if (named.isPresent()) {
      Optional<String> type = Args.entry(named.get(), "type").flatMap(entry -> entry.value().asString());
      Optional<String> vault = Args.entry(named.get(), "name").flatMap(entry -> entry.value().asString());
      if (type.isPresent() && !type.get().toLowerCase(Locale.ROOT).equals(VAULT_TYPE)) {
        return new Target(Optional.empty(), true);
      }
      return new Target(vault, type.isPresent() && vault.isPresent());
    }
    return value.asString()
        .map(id -> {
          Matcher matcher = VAULT_ID.matcher(id.strip());
          return new Target(matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty(), true);
        })
        .orElseGet(() -> new Target(Optional.empty(), false));
  }

  /** Whether one setting sends the vault's audit events: true at the log item that does, unknown, or false. */
  private static Fact audited(Resource setting) {
    Optional<MapEntry> logs = Args.entry(setting.attributes(), "logs");
    if (logs.isEmpty()) {
      return Fact.byDefault(false, "logs", setting.range());
    }
    Optional<List<Value>> items = logs.get().value().asList();
    if (items.isEmpty()) {
      return Fact.unknown("logs", logs.get().range(), logs.get().value().origin());
    }
    List<Fact> facts = new ArrayList<>();
    for (Value item : items.get()) {
      facts.add(item.asMap().map(KeyVaultMapping::audits)
          .orElseGet(() -> Fact.unknown("logs", item.range(), item.origin())));
    }
    return facts.isEmpty() ? Fact.known(false, "logs", logs.get().range(), List.of()) : Fact.any(facts);
  }

  private static Fact audits(MapValue log) {
    Fact enabled = Args.flag(log, "enabled", true, log.range());
    Optional<MapEntry> category = Args.entry(log, "category").or(() -> Args.entry(log, "category_group"));
    Optional<String> known = category.flatMap(entry -> entry.value().asString());
    if (enabled.isFalse() || category.isEmpty()
        || known.isPresent() && !AUDIT.contains(known.get().toLowerCase(Locale.ROOT))) {
      return Fact.known(false, "logs", log.range(), List.of());
    }
    return known.isPresent() && enabled.isTrue()
        ? Fact.known(true, "logs", log.range(), List.of())
        : Fact.unknown("logs", log.range(), category.get().value().origin());
  }
}

package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
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
 * Whether an Azure resource's logs of some categories are collected: by an
 * {@code azure.azcollection.azure_rm_monitordiagnosticsetting} task of the same unit that names the resource as its
 * {@code resource} (a dictionary with its {@code name} and {@code type}, or a resource ID ending in
 * {@code /providers/<type>/<name>}, followed by the child's path for a child such as a storage account's blob
 * service) and has an item of {@code logs}, not disabled, of one of the categories or
 * category groups. Without such a task they are not collected, or it is unknown whether they are when some setting's
 * resource, or the resource's name, is not known.
 */
final class DiagnosticSettingTasks {
  private static final String SETTING = "azure.azcollection.azure_rm_monitordiagnosticsetting";
  private static final String SETTING_NAME = "azure_rm_monitordiagnosticsetting";

  private final String type;
  private final Pattern id;
  private final boolean child;
  private final Set<String> categories;
  private final Set<String> undecided;

  /**
   * @param type       the resource's type, e.g. {@code Microsoft.KeyVault/vaults}
   * @param categories the log categories and category groups that count, in lower case
   */
  DiagnosticSettingTasks(String type, Set<String> categories) {
    this(type, "", categories, Set.of());
  }

  /**
   * @param type       the type of the resource, or of the parent of the one whose logs are read, e.g.
   *                   {@code Microsoft.Storage/storageAccounts}
   * @param child      the path of the child whose logs are read after the parent's name, e.g.
   *                   {@code blobServices/default}; empty for the resource itself
   * @param categories the log categories and category groups that count, in lower case
   * @param undecided  the category groups that may or may not hold the categories, in lower case
   */
  DiagnosticSettingTasks(String type, String child, Set<String> categories, Set<String> undecided) {
    this.type = type.toLowerCase(Locale.ROOT);
    this.child = !child.isEmpty();
    this.id = Pattern.compile("(?i).*/providers/" + Pattern.quote(type) + "/([^/]+)"
        + (child.isEmpty() ? "" : "/" + Pattern.quote(child)) + "/?");
    this.categories = Set.copyOf(categories);
    this.undecided = Set.copyOf(undecided);
  }

  /** What a diagnostic setting's {@code resource} names: a resource of the type by name, another, or unknown. */
  private record Target(Optional<String> name, boolean known) {}

  /** Whether the tasks of {@code unit} collect the logs of {@code target}, whose name is {@code name}. */
  Fact collected(Resource target, Optional<String> name, UnitResources unit) {
    Attached attached = attached(name, unit);
    if (attached.settings().isEmpty()) {
      return attached.someUnknown()
          ? Fact.unknown(SETTING_NAME, target.range(), List.of())
          : Fact.byDefault(false, SETTING_NAME, target.range());
    }
    return Fact.any(attached.settings().stream().map(this::collectedBy).toList());
  }

  /**
   * The setting tasks that name a resource.
   *
   * @param settings    the tasks that name it
   * @param someUnknown whether a task's resource, or the resource's name, is not known, so that it may name it too
   */
  record Attached(List<Resource> settings, boolean someUnknown) {}

  /** The setting tasks of {@code unit} that name the resource whose name is {@code name}. */
  Attached attached(Optional<String> name, UnitResources unit) {
    List<Resource> attached = new ArrayList<>();
    boolean someUnknown = false;
    for (Resource setting : unit.calling(SETTING)) {
      Target named = target(setting);
      if (!named.known() || named.name().isPresent() && name.isEmpty()) {
        someUnknown = true;
      } else if (named.name().isPresent() && named.name().get().equalsIgnoreCase(name.get())) {
        attached.add(setting);
      }
    }
    return new Attached(attached, someUnknown);
  }

  private Target target(Resource setting) {
    Optional<MapEntry> resource = Args.entry(setting.attributes(), "resource");
    if (resource.isEmpty()) {
      return new Target(Optional.empty(), true);
    }
    Value value = resource.get().value();
    Optional<MapValue> named = value.asMap();
    if (named.isPresent()) {
      Optional<String> settingType = Args.entry(named.get(), "type").flatMap(entry -> entry.value().asString())
          .map(text -> text.toLowerCase(Locale.ROOT));
      Optional<String> name = Args.entry(named.get(), "name").flatMap(entry -> entry.value().asString());
      if (child) {
        boolean other = settingType.isPresent() && !settingType.get().startsWith(type + "/");
        return new Target(Optional.empty(), other);
      }
      if (settingType.isPresent() && !settingType.get().equals(type)) {
        return new Target(Optional.empty(), true);
      }
      return new Target(name, settingType.isPresent() && name.isPresent());
    }
    return value.asString()
        .map(text -> {
          Matcher matcher = id.matcher(text.strip());
          return new Target(matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty(), true);
        })
        .orElseGet(() -> new Target(Optional.empty(), false));
  }

  /**
   * Whether one setting collects the categories: true at the log item that does, unknown, or false: at the
   * {@code enabled: false} of an item of the categories, if one turns them off, else at {@code logs}.
   */
  Fact collectedBy(Resource setting) {
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
      item.asMap().map(this::collects).orElseGet(() -> Optional.of(Fact.unknown("logs", item.range(), item.origin())))
          .ifPresent(facts::add);
    }
    return facts.isEmpty() ? Fact.known(false, "logs", logs.get().range(), List.of()) : Fact.any(facts);
  }

  /**
   * What one item of {@code logs} says of the categories: true when it collects one, false at its {@code enabled}
   * when it turns one off, unknown when its category or switch is not known; empty when it is about another
   * category, or off.
   */
  private Optional<Fact> collects(MapValue log) {
    Fact enabled = Args.flag(log, "enabled", true, log.range());
    Optional<MapEntry> category = Args.entry(log, "category").or(() -> Args.entry(log, "category_group"));
    Optional<String> known = category.flatMap(entry -> entry.value().asString())
        .map(text -> text.toLowerCase(Locale.ROOT));
    boolean counts = known.filter(categories::contains).isPresent();
    boolean left = known.map(text -> !counts && !undecided.contains(text)).orElse(false);
    if (counts && enabled.isFalse()) {
      return Optional.of(Fact.known(false, "logs", enabled.range(), enabled.origin()));
    }
    if (enabled.isFalse() || category.isEmpty() || left) {
      return Optional.empty();
    }
    return Optional.of(counts && enabled.isTrue()
        ? Fact.known(true, "logs", log.range(), List.of())
        : Fact.unknown("logs", log.range(), category.get().value().origin()));
  }
}

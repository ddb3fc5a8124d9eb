package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an Azure resource's logs of some categories are collected: by an {@code azurerm_monitor_diagnostic_setting}
 * whose {@code target_resource_id} refers to it, with an {@code enabled_log} (or a {@code log} whose {@code enabled}
 * is not false) of one of the categories, or of the category group {@code allLogs} or one that is named. Without such
 * a setting the logs are not collected, or it is unknown whether they are when a setting of the unit names an unknown
 * resource, or when a setting's log categories are not known.
 *
 * @param targetTypes the resource types whose settings are read together
 * @param categories  the log categories and category groups that count, in lower case
 * @param undecided   the category groups that may or may not hold the categories, in lower case
 */
record DiagnosticSettings(Set<String> targetTypes, Set<String> categories, Set<String> undecided) {
  static final String SETTING = "azurerm_monitor_diagnostic_setting";

  DiagnosticSettings(Set<String> targetTypes, Set<String> categories) {
    this(targetTypes, categories, Set.of());
  }

  /** Whether the settings of {@code module} collect {@code target}'s logs of the categories. */
  Fact collected(Resource target, Module module) {
    Attachments settings = module.attachments(SETTING, "target_resource_id", targetTypes, Optional.empty());
    List<Resource> attached = settings.to(target);
    if (attached.isEmpty()) {
      return settings.presence(target, SETTING);
    }
    return Fact.any(attached.stream().map(this::collectedBy).toList());
  }

  /**
   * Whether one diagnostic setting collects the categories: true at the log that does, unknown, or false: at the
   * {@code enabled = false} of a log of the categories, if one turns them off, else at the setting's header, with
   * where its logs' categories come from (a variable's default, say) as related locations.
   */
  Fact collectedBy(Resource setting) {
    List<Fact> facts = new ArrayList<>();
    Set<RelatedLocation> categoriesFrom = new LinkedHashSet<>();
    for (String block : List.of("enabled_log", "log")) {
      for (Value item : NestedBlocks.of(setting.attributes(), block).items()) {
        Optional<MapValue> log = item.asMap();
        log.flatMap(DiagnosticSettings::category).ifPresent(category -> categoriesFrom.addAll(category.origin()));
        log.map(known -> collects(known, block)).orElseGet(() -> Optional.of(Fact.unknown(block, item.range(),
            item.origin()))).ifPresent(facts::add);
      }
    }
    return facts.isEmpty() ? Fact.known(false, "enabled_log", setting.range(), List.copyOf(categoriesFrom))
        : Fact.any(facts);
  }

  /**
   * What one log says of the categories: true when it collects one, false at its {@code enabled} when it turns one
   * off, unknown when its category or switch is not known; empty when it is about another category, or off.
   */
  private Optional<Fact> collects(MapValue log, String block) {
    Fact enabled = block.equals("log") ? Fact.of(log, "enabled", true, log.range())
        : Fact.known(true, block, log.range(), List.of());
    Optional<Value> category = category(log);
    Optional<String> lowerCase = category.flatMap(Value::asString).map(known -> known.toLowerCase(Locale.ROOT));
    boolean counts = lowerCase.map(categories::contains).orElse(false);
    boolean left = lowerCase.map(known -> !counts && !undecided.contains(known)).orElse(false);
    if (counts && enabled.isFalse()) {
      return Optional.of(Fact.known(false, block, enabled.range(), enabled.origin()));
    }
    if (enabled.isFalse() || category.isEmpty() || left) {
      return Optional.empty();
    }
    return Optional.of(counts && enabled.isTrue()
        ? Fact.known(true, block, log.range(), List.of())
        : Fact.unknown(block, log.range(), category.get().origin()));
  }

  private static Optional<Value> category(MapValue log) {
    return log.get("category").or(() -> log.get("category_group"));
  }
}

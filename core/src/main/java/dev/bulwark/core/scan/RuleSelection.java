package dev.bulwark.core.scan;

import dev.bulwark.core.rule.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the rules a scan runs: the enabled ids if any are given (opt-in rules included), else every rule that is
 * enabled by default plus the opt-in ids; then the disabled ids are left out.
 */
final class RuleSelection {
  private RuleSelection() {}

  static List<Rule> select(List<Rule> available, Set<String> enabled, Set<String> optIn, Set<String> disabled) {
    Set<String> unknown = new TreeSet<>(enabled);
    unknown.addAll(optIn);
    unknown.addAll(disabled);
    available.forEach(rule -> unknown.remove(rule.metadata().id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown rule id(s): " + String.join(", ", unknown));
    }
    return available.stream()
        .filter(rule -> enabled.isEmpty()
            ? rule.metadata().enabledByDefault() || optIn.contains(rule.metadata().id())
            : enabled.contains(rule.metadata().id()))
        .filter(rule -> !disabled.contains(rule.metadata().id()))
        .toList();
  }
}

package dev.bulwark.core.rule;

import java.util.List;

/**
 * A set of rules, found with {@link java.util.ServiceLoader} so that the built-in rules and custom rules on the
 * classpath are picked up alike.
 */
public interface RuleProvider {
  /** The rules, in a stable order. */
  List<Rule> rules();
}

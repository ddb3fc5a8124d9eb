package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;

/**
 * Whether a task runs in check mode, where it only reports what it would change and changes nothing: its
 * {@code check_mode} is true before deployment (a YAML boolean, the string {@code true}, or a template that evaluates
 * to one of them in the task's scope). A task, block, role entry or play that does not set {@code check_mode}
 * inherits it from the nearest one around it that does; an import passes its own on to the tasks it brings in, a
 * dynamic include only what it inherits. A {@code check_mode} that cannot be decided may be false, so the task may
 * change things.
 */
final class CheckMode {
  private CheckMode() {}

  /** Whether {@code node} runs in check mode, evaluated in {@code scope}; {@code inherited} when it does not say. */
  static boolean of(DocNode.Mapping node, Scope scope, boolean inherited) {
    return node.get("check_mode").map(value -> new Resolver(scope).value(value).isTrue()).orElse(inherited);
  }
}

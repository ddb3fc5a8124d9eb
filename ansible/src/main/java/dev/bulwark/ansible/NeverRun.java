package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.BoolValue;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a task, block or role entry can never run: its {@code when} is the literal {@code false} (a YAML boolean, or the
 * expression {@code false}), or a list of conditions, all of which must hold, with such a literal among them.
 */
final class NeverRun {
  private static final Set<String> FALSE_EXPRESSIONS = Set.of("false", "no");

  private NeverRun() {}

  static boolean test(DocNode.Mapping task) {
    return task.get("when").map(NeverRun::alwaysFalse).orElse(false);
  }

  private static boolean alwaysFalse(DocNode condition) {
    if (condition instanceof DocNode.Sequence conditions) {
      return conditions.items().stream().anyMatch(NeverRun::alwaysFalse);
    }
    if (!(condition instanceof DocNode.Scalar scalar)) {
      return false;
    }
    return switch (scalar.kind()) {
      case BOOLEAN -> Scalars.value(scalar) instanceof BoolValue bool && !bool.value();
      case STRING -> FALSE_EXPRESSIONS.contains(scalar.text().strip().toLowerCase(Locale.ROOT));
      default -> false;
    };
  }
}

package dev.bulwark.ansible;

import dev.bulwark.ansible.jinja.Jinja;
import dev.bulwark.ansible.jinja.Outcome;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.BoolValue;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a task, block or role entry can never run: its {@code when} is false before deployment. That is the
 * literal {@code false} (a YAML boolean, or the expression {@code false}), or an expression that evaluates to the
 * boolean false in the task's scope (a variable whose value is {@code false}, {@code enabled | bool} of a variable
 * that is {@code no}, {@code env == "prod"} or {@code env in ["prod", "staging"]} where {@code env} is {@code dev},
 * {@code retries > 3} where {@code retries} is 1, {@code vpc_id is not defined} where {@code vpc_id} has a value);
 * with a list of conditions, all of which must hold, one such condition is enough. An expression the resolver
 * cannot evaluate (ordering a string against a number, which Python refuses), or one that depends on what is known
 * only at run time (facts, registered results), may hold, so the task is kept.
 */
final class NeverRun {
  private static final Set<String> FALSE_EXPRESSIONS = Set.of("false", "no");

  private NeverRun() {}

  static boolean test(DocNode.Mapping task, Scope scope) {
    return task.get("when").map(condition -> alwaysFalse(condition, scope)).orElse(false);
  }

  private static boolean alwaysFalse(DocNode condition, Scope scope) {
    if (condition instanceof DocNode.Sequence conditions) {
      return conditions.items().stream().anyMatch(item -> alwaysFalse(item, scope));
    }
    if (!(condition instanceof DocNode.Scalar scalar)) {
      return false;
    }
    return switch (scalar.kind()) {
      case BOOLEAN -> Scalars.value(scalar) instanceof BoolValue bool && !bool.value();
      case STRING -> FALSE_EXPRESSIONS.contains(scalar.text().strip().toLowerCase(Locale.ROOT))
          || evaluatesFalse(scalar, scope);
      default -> false;
    };
  }

  /** Whether the expression {@code scalar} evaluates to the boolean false in {@code scope}. */
  private static boolean evaluatesFalse(DocNode.Scalar scalar, Scope scope) {
    if (Jinja.isTemplate(scalar.text())) {
      return false;
    }
    Outcome outcome = Jinja.render("{{ " + scalar.text() + " }}", scalar.range(), new Resolver(scope));
    return outcome instanceof Outcome.Known known && known.value() instanceof BoolValue bool && !bool.value();
  }
}

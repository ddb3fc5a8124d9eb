package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.Value;

/**
 * Where an expression is evaluated: a {@link Scope} and the names bound on top of it by {@code for} expressions,
 * template {@code for} directives and splats (innermost first).
 */
final class Env {
  private static final String SPLAT = "*";

  private final Scope scope;
  private final String name;
  private final Operand operand;
  private final Env outer;

  private Env(Scope scope, String name, Operand operand, Env outer) {
    this.scope = scope;
    this.name = name;
    this.operand = operand;
    this.outer = outer;
  }

  static Env of(Scope scope) {
    return new Env(scope, null, null, null);
  }

  Scope scope() {
    return scope;
  }

  /** This environment with {@code name} bound to {@code value}. */
  Env bind(String name, Value value) {
    return new Env(scope, name, Operand.Plain.of(value), this);
  }

  /** This environment with the current splat item bound to {@code item}. */
  Env splat(Operand item) {
    return new Env(scope, SPLAT, item, this);
  }

  /** What {@code name} stands for: a bound name, else the scope's root. */
  Operand lookup(String name, Range range) {
    for (Env env = this; env.outer != null; env = env.outer) {
      if (env.name.equals(name)) {
        return env.operand;
      }
    }
    return scope.root(name, range);
  }

  /** The current splat item. */
  Operand splatItem() {
    for (Env env = this; env.outer != null; env = env.outer) {
      if (env.name.equals(SPLAT)) {
        return env.operand;
      }
    }
    throw new EvaluationError("a splat item outside a splat");
  }
}

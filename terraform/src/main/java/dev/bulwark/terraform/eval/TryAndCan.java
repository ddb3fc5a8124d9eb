package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;

/**
 * {@code try} and {@code can}, which evaluate their arguments themselves: an argument Terraform would reject is
 * skipped (or makes {@code can} false); one that is not wholly known makes the result unknown, since it might still
 * fail once known.
 */
final class TryAndCan {
  private TryAndCan() {}

  static Value tryValue(Evaluator evaluator, Expression.FunctionCall call, Env env) {
    for (Expression arg : call.args()) {
      Value value;
      try {
        value = evaluator.value(arg, env);
      } catch (EvaluationError e) {
        if (evaluator.budget().exceeded()) {
          throw e;
        }
        continue;
      }
      return Values.whollyKnown(value) ? value : evaluator.unknown(call.range());
    }
    throw new EvaluationError("no argument of try() could be evaluated");
  }

  static Value can(Evaluator evaluator, Expression.FunctionCall call, Env env) {
    if (call.args().size() != 1) {
      throw new EvaluationError("can() takes one argument");
    }
    Value value;
    try {
      value = evaluator.value(call.args().get(0), env);
    } catch (EvaluationError e) {
      if (evaluator.budget().exceeded()) {
        throw e;
      }
      return new BoolValue(false, call.range());
    }
    return Values.whollyKnown(value)
        ? new BoolValue(true, call.range())
        : evaluator.unknown(call.range());
  }
}

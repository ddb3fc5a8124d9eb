package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Numeric functions: {@code min}, {@code max}, {@code abs}, {@code ceil}, {@code floor}, {@code pow}, ... */
final class NumericFunctions {
  private NumericFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("min", call -> extreme(call, -1));
    into.put("max", call -> extreme(call, 1));
    into.put("abs", unary(BigDecimal::abs));
    into.put("ceil", unary(n -> n.setScale(0, RoundingMode.CEILING)));
    into.put("floor", unary(n -> n.setScale(0, RoundingMode.FLOOR)));
    into.put("signum", unary(n -> BigDecimal.valueOf(n.signum())));
    into.put("pow", call -> {
      double result = Math.pow(call.arity(2).number(0).doubleValue(), call.number(1).doubleValue());
      if (Double.isNaN(result) || Double.isInfinite(result)) {
        throw new EvaluationError("pow() out of range");
      }
      return call.number(new BigDecimal(result, MathContext.DECIMAL64));
    });
    into.put("parseint", NumericFunctions::parseint);
  }

  private static Functions.Builtin unary(UnaryOperator<BigDecimal> operation) {
    return call -> call.number(operation.apply(call.arity(1).number(0)));
  }

  private static Value extreme(Call call, int sign) {
    if (call.size() == 0) {
      throw new EvaluationError("min() and max() take at least one number");
    }
    BigDecimal best = call.number(0);
    for (int i = 1; i < call.size(); i++) {
      BigDecimal next = call.number(i);
      if (next.compareTo(best) * sign > 0) {
        best = next;
      }
    }
    return call.number(best);
  }

  private static Value parseint(Call call) {
    String text = call.arity(2).string(0);
    int base = call.integer(1);
    if (base < 2 || base > 62) {
      throw new EvaluationError("parseint() base out of range");
    }
    try {
      return call.number(new BigDecimal(new BigInteger(text, Math.min(base, Character.MAX_RADIX))));
    } catch (NumberFormatException e) {
      throw new EvaluationError("\"" + text + "\" is not a number in base " + base);
    }
  }
}

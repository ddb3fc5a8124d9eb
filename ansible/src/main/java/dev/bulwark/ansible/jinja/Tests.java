package dev.bulwark.ansible.jinja;

import dev.bulwark.ansible.jinja.Expression.Comparison.Operator;
import dev.bulwark.ansible.jinja.Expression.Is.Test;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builtin Jinja tests the resolver evaluates, as {@code jinja2.tests} defines them: {@code defined},
 * {@code undefined}, {@code none}, {@code true} and {@code false} (the very {@code True} and {@code False}, not any
 * value equal to them), {@code boolean}, {@code string}, {@code number} (booleans too), {@code mapping} and
 * {@code sequence} (anything with a length and items: strings, lists and mappings) take no argument; {@code eq}
 * ({@code equalto}), {@code ne}, {@code lt} ({@code lessthan}), {@code le}, {@code gt} ({@code greaterthan}),
 * {@code ge} and {@code in} take one and mean what their operator means.
 */
final class Tests {
  private static final Map<String, Test> WITHOUT_ARGUMENT = Map.of(
      "defined", Test.DEFINED, "undefined", Test.UNDEFINED,
      "none", Test.NONE, "true", Test.TRUE, "false", Test.FALSE, "boolean", Test.BOOLEAN,
      "string", Test.STRING, "number", Test.NUMBER, "mapping", Test.MAPPING, "sequence", Test.SEQUENCE);
  private static final Map<String, Operator> COMPARISONS = Map.of(
      "eq", Operator.EQ, "equalto", Operator.EQ, "ne", Operator.NE,
      "lt", Operator.LT, "lessthan", Operator.LT, "le", Operator.LE,
      "gt", Operator.GT, "greaterthan", Operator.GT, "ge", Operator.GE);

  private Tests() {}

  /**
   * {@code operand is name(arguments)}; empty for a test outside those above, or given other arguments than it
   * takes (which Jinja rejects).
   */
  static Optional<Expression> of(Expression operand, String name, List<Expression> arguments) {
    String test = Builtins.shortName(name);
    if (arguments.isEmpty()) {
      return Optional.ofNullable(WITHOUT_ARGUMENT.get(test)).map(kind -> new Expression.Is(operand, kind));
    }
    if (arguments.size() > 1) {
      return Optional.empty();
    }
    Expression argument = arguments.get(0);
    return test.equals("in")
        ? Optional.of(new Expression.Membership(operand, true, argument))
        : Optional.ofNullable(COMPARISONS.get(test))
            .map(operator -> new Expression.Comparison(operand, operator, argument));
  }

  /** Whether {@code test} holds for {@code value}, a known value. */
  static boolean holds(Test test, Value value) {
    return switch (test) {
      case DEFINED -> true;
      case UNDEFINED -> false;
      case NONE -> value instanceof NullValue;
      case TRUE -> value instanceof BoolValue bool && bool.value();
      case FALSE -> value instanceof BoolValue bool && !bool.value();
      case BOOLEAN -> value instanceof BoolValue;
      case STRING -> value instanceof StringValue;
      case NUMBER -> value instanceof NumberValue || value instanceof BoolValue;
      case MAPPING -> value instanceof MapValue;
      case SEQUENCE -> value instanceof StringValue || value instanceof ListValue || value instanceof MapValue;
    };
  }
}

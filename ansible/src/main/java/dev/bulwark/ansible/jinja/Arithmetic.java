package dev.bulwark.ansible.jinja;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jinja's arithmetic operators on two known values, as Python computes them: numbers; {@code +} also joins two
 * strings or two lists. Where Python raises (a string and a number, division by zero) or computes what this class
 * does not (string formatting with {@code %}, repetition with {@code *}, a negative, fractional or huge power, a
 * number beyond {@link PythonText#MAX_DIGITS} digits), the result is empty.
 */
final class Arithmetic {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private Arithmetic() {}

  static Optional<Value> apply(Expression.Arithmetic.Operator operator, Value left, Value right, Range at) {
    if (operator == Expression.Arithmetic.Operator.ADD && left instanceof StringValue a
        && right instanceof StringValue b) {
      return Optional.of(new StringValue(a.value() + b.value(), at));
    }
    if (operator == Expression.Arithmetic.Operator.ADD && left instanceof ListValue a && right instanceof ListValue b) {
      List<Value> items = new ArrayList<>(a.items());
      items.addAll(b.items());
      return Optional.of(new ListValue(items, at));
    }
    if (!(left instanceof NumberValue a) || !(right instanceof NumberValue b) || !PythonText.bounded(a.value())
        || !PythonText.bounded(b.value())) {
      return Optional.empty();
    }
    try {
      return numbers(operator, a.value(), b.value()).filter(PythonText::bounded)
          .map(result -> new NumberValue(result, at));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> numbers(Expression.Arithmetic.Operator operator, BigDecimal a, BigDecimal b) {
    boolean byZero = b.signum() == 0;
    return switch (operator) {
      case ADD -> Optional.of(a.add(b));
      case SUBTRACT -> Optional.of(a.subtract(b));
      case MULTIPLY -> Optional.of(a.multiply(b));
      case DIVIDE -> byZero ? Optional.empty() : Optional.of(a.divide(b, PRECISION));
      case FLOOR_DIVIDE -> byZero ? Optional.empty() : Optional.of(floor(a, b));
      case MODULO -> byZero ? Optional.empty() : Optional.of(a.subtract(b.multiply(floor(a, b))));
      case POWER -> power(a, b);
    };
  }

  /** Python's {@code a // b}: the quotient rounded towards negative infinity. */
  private static BigDecimal floor(BigDecimal a, BigDecimal b) {
    return a.divide(b, 0, RoundingMode.FLOOR);
  }

  private static Optional<BigDecimal> power(BigDecimal base, BigDecimal exponent) {
    if (exponent.signum() < 0 || exponent.stripTrailingZeros().scale() > 0
        || exponent.compareTo(BigDecimal.valueOf(PythonText.MAX_DIGITS)) > 0
        || (long) base.precision() * exponent.intValueExact() > PythonText.MAX_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(base.pow(exponent.intValueExact()));
  }
}

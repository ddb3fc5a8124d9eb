package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;

/** Terraform's automatic conversions between strings, numbers and bools, for known values. */
final class Conversions {
  private Conversions() {}

  /** The value as a string: a string, a number in canonical form, or a bool; anything else is an error. */
  static String text(Value value) {
    if (value instanceof StringValue s) {
      return s.value();
    }
    if (value instanceof NumberValue n) {
      return Values.text(n.value());
    }
    if (value instanceof BoolValue b) {
      return Boolean.toString(b.value());
    }
    throw new EvaluationError("a " + Values.typeName(value) + " is not a string");
  }

  /** The value as a number: a number, or a string holding one; anything else is an error. */
  static BigDecimal number(Value value) {
    if (value instanceof NumberValue n) {
      return n.value();
    }
    if (value instanceof StringValue s) {
      try {
        return new BigDecimal(s.value().trim());
      } catch (NumberFormatException e) {
        throw new EvaluationError("\"" + s.value() + "\" is not a number");
      }
    }
    throw new EvaluationError("a " + Values.typeName(value) + " is not a number");
  }

  /** The value as a bool: a bool, or the string {@code "true"} or {@code "false"}; anything else is an error. */
  static boolean bool(Value value) {
    if (value instanceof BoolValue b) {
      return b.value();
    }
    if (value instanceof StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
      return s.value().equals("true");
    }
    throw new EvaluationError("a " + Values.typeName(value) + " is not a bool");
  }

  /** A whole number that fits an int, else an error. */
  static int integer(Value value) {
    BigDecimal number = number(value);
    if (!Values.isWhole(number)) {
      throw new EvaluationError(Values.text(number) + " is not a whole number");
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new EvaluationError(Values.text(number) + " is out of range");
    }
  }
}

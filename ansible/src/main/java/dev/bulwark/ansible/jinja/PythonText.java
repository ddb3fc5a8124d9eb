package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How Jinja turns a scalar into text (Python's {@code str}); containers and unknowns have no text here, and neither
 * have numbers beyond {@link #MAX_DIGITS} digits either side of the point (Python reads such a float as infinity).
 */
final class PythonText {
  /** The most digits a number may have before or after its point to be computed with and written out. */
  static final int MAX_DIGITS = 4096;

  private PythonText() {}

  /** Whether {@code number} is small enough to compute with and write out. */
  static boolean bounded(BigDecimal number) {
    return number.precision() - number.scale() <= MAX_DIGITS && number.scale() <= MAX_DIGITS;
  }

  static Optional<String> of(Value value) {
    if (value instanceof StringValue string) {
      return Optional.of(string.value());
    }
    if (value instanceof BoolValue bool) {
      return Optional.of(bool.value() ? "True" : "False");
    }
    if (value instanceof NumberValue number) {
      return bounded(number.value()) ? Optional.of(number.value().toPlainString()) : Optional.empty();
    }
    if (value instanceof NullValue) {
      return Optional.of("None");
    }
    return Optional.empty();
  }

  /** Python's truth value of a known value; empty for an unknown one. */
  static Optional<Boolean> truth(Value value) {
    if (value instanceof BoolValue bool) {
      return Optional.of(bool.value());
    }
    if (value instanceof StringValue string) {
      return Optional.of(!string.value().isEmpty());
    }
    if (value instanceof NumberValue number) {
      return Optional.of(number.value().signum() != 0);
    }
    if (value instanceof NullValue) {
      return Optional.of(false);
    }
    return value.asList().map(items -> !items.isEmpty())
        .or(() -> value.asMap().map(map -> !map.entries().isEmpty()));
  }
}

package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.Optional;

/** How Jinja turns a scalar into text (Python's {@code str}); containers and unknowns have no text here. */
final class PythonText {
  private PythonText() {}

  static Optional<String> of(Value value) {
    if (value instanceof StringValue string) {
      return Optional.of(string.value());
    }
    if (value instanceof BoolValue bool) {
      return Optional.of(bool.value() ? "True" : "False");
    }
    if (value instanceof NumberValue number) {
      return Optional.of(number.value().toPlainString());
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

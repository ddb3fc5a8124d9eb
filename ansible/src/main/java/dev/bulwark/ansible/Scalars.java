package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML scalar as Ansible reads it (YAML 1.1): {@code yes}/{@code on} booleans, {@code 0x} and {@code 0o} and
 * leading-zero octal integers, underscores in numbers. A number that does not fit a decimal (infinity, NaN,
 * sexagesimal) stays a string.
 */
final class Scalars {
  private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

  private Scalars() {}

  static Value value(DocNode.Scalar scalar) {
    return switch (scalar.kind()) {
      case NULL -> new NullValue(scalar.range());
      case BOOLEAN -> new BoolValue(TRUE.contains(scalar.text().toLowerCase(Locale.ROOT)), scalar.range());
      case INTEGER -> integer(scalar.text()).<Value>map(n -> new NumberValue(n, scalar.range()))
          .orElseGet(() -> new StringValue(scalar.text(), scalar.range()));
      case FLOAT -> decimal(scalar.text()).<Value>map(n -> new NumberValue(n, scalar.range()))
          .orElseGet(() -> new StringValue(scalar.text(), scalar.range()));
      case STRING -> new StringValue(scalar.text(), scalar.range());
    };
  }

  private static Optional<BigDecimal> integer(String written) {
    String text = written.replace("_", "");
    boolean negative = text.startsWith("-");
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    try {
      BigInteger value;
      if (digits.startsWith("0x")) {
        value = new BigInteger(digits.substring(2), 16);
      } else if (digits.startsWith("0o")) {
        value = new BigInteger(digits.substring(2), 8);
      } else if (digits.startsWith("0b")) {
        value = new BigInteger(digits.substring(2), 2);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = new BigInteger(digits.substring(1), 8);
      } else {
        value = new BigInteger(digits);
      }
      return Optional.of(new BigDecimal(negative ? value.negate() : value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> decimal(String written) {
    try {
      return Optional.of(new BigDecimal(written.replace("_", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

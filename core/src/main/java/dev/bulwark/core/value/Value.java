package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A located value: a node of the parsed and evaluated value tree, with the range of source it stands for and,
 * once evaluated, the chain of locations it came through ({@link #origin()}).
 *
 * <p>There is no bare getter: {@link #isTrue()} and {@link #isFalse()} are both false for an unknown value, and the
 * raw value is reached through an {@link Optional}, so that unknown is never mistaken for insecure.
 */
public sealed interface Value
    permits StringValue, NumberValue, BoolValue, NullValue, ListValue, MapValue, UnknownValue {

  /** The source range this value was written at (for a default or a computed value, the closest source). */
  Range range();

  /** Where the value came from, outermost first (e.g. attribute, then variable, then its default). */
  List<RelatedLocation> origin();

  /** This value with {@code hops} added in front of its origin. */
  Value withOriginPrefix(List<RelatedLocation> hops);

  /** Whether the value is known at this level (a known list may still hold unknown items). */
  default boolean isKnown() {
    return !(this instanceof UnknownValue);
  }

  /**
   * The value as a boolean: a bool, or a string {@code "true"}/{@code "false"} in any case (Terraform,
   * CloudFormation and Ansible all convert those).
   */
  default Optional<Boolean> asBoolean() {
    if (this instanceof BoolValue b) {
      return Optional.of(b.value());
    }
    if (this instanceof StringValue s) {
      String text = s.value().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true")) {
        return Optional.of(true);
      }
      if (text.equals("false")) {
        return Optional.of(false);
      }
    }
    return Optional.empty();
  }

  /** Whether the value is definitely true. */
  default boolean isTrue() {
    return asBoolean().orElse(false);
  }

  /** Whether the value is definitely false. */
  default boolean isFalse() {
    return !asBoolean().orElse(true);
  }

  /** The value as a string: a string, or a number or bool in its canonical text form. */
  default Optional<String> asString() {
    if (this instanceof StringValue s) {
      return Optional.of(s.value());
    }
    if (this instanceof NumberValue n) {
      return Optional.of(n.value().toPlainString());
    }
    if (this instanceof BoolValue b) {
      return Optional.of(Boolean.toString(b.value()));
    }
    return Optional.empty();
  }

  /** The value as a number: a number, or a string that holds a decimal number. */
  default Optional<BigDecimal> asNumber() {
    if (this instanceof NumberValue n) {
      return Optional.of(n.value());
    }
    if (this instanceof StringValue s) {
      try {
        return Optional.of(new BigDecimal(s.value().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The items, if this is a list. */
  default Optional<List<Value>> asList() {
    return this instanceof ListValue l ? Optional.of(l.items()) : Optional.empty();
  }

  /** This value as a map, if it is one. */
  default Optional<MapValue> asMap() {
    return this instanceof MapValue m ? Optional.of(m) : Optional.empty();
  }
}

package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How Python compares two known values with {@code ==}, {@code <} and {@code in}; empty where Python raises a
 * {@code TypeError} or where the answer depends on what is not known.
 */
final class Comparisons {
  private Comparisons() {}

  /**
   * {@code a == b} of two scalars: numbers (booleans as 1 and 0) by value, strings by text; a string never equals a
   * number and {@code none} equals only itself. Lists and mappings are not compared.
   */
  static Optional<Boolean> equal(Value a, Value b) {
    Optional<BigDecimal> x = number(a);
    Optional<BigDecimal> y = number(b);
    if (x.isPresent() && y.isPresent()) {
      return compareNumbers(x.get(), y.get()).map(sign -> sign == 0);
    }
    if (a instanceof StringValue s && b instanceof StringValue t) {
      return Optional.of(s.value().equals(t.value()));
    }
    if (a instanceof NullValue || b instanceof NullValue) {
      return Optional.of(a instanceof NullValue && b instanceof NullValue);
    }
    boolean scalars = (x.isPresent() || a instanceof StringValue) && (y.isPresent() || b instanceof StringValue);
    return scalars ? Optional.of(false) : Optional.empty();
  }

  /**
   * The sign of {@code a} compared with {@code b}, for two numbers (booleans as 1 and 0) or two strings (by code
   * point, as Python orders {@code str}); any other pair cannot be ordered in Python.
   */
  static Optional<Integer> order(Value a, Value b) {
    Optional<BigDecimal> x = number(a);
    Optional<BigDecimal> y = number(b);
    if (x.isPresent() && y.isPresent()) {
      return compareNumbers(x.get(), y.get());
    }
    if (a instanceof StringValue s && b instanceof StringValue t) {
      return Optional.of(Integer.signum(Arrays.compare(s.value().codePoints().toArray(),
          t.value().codePoints().toArray())));
    }
    return Optional.empty();
  }

  /**
   * {@code item in container}: an item of a list (by {@link #equal}), a key of a mapping, a substring of a string;
   * empty when an item cannot be compared or the container is none of those.
   */
  static Optional<Boolean> contains(Value container, Value item) {
    if (container instanceof StringValue text) {
      return item instanceof StringValue part ? Optional.of(text.value().contains(part.value())) : Optional.empty();
    }
    if (container instanceof MapValue map) {
      return item instanceof StringValue key ? Optional.of(map.entries().containsKey(key.value())) : Optional.empty();
    }
    if (!(container instanceof ListValue list)) {
      return Optional.empty();
    }
    boolean undecided = false;
    for (Value candidate : list.items()) {
      Optional<Boolean> same = candidate.isKnown() ? equal(candidate, item) : Optional.empty();
      if (same.orElse(false)) {
        return Optional.of(true);
      }
      undecided |= same.isEmpty();
    }
    return undecided ? Optional.empty() : Optional.of(false);
  }

  /** A number, or a boolean as Python counts it (1 or 0). */
  private static Optional<BigDecimal> number(Value value) {
    if (value instanceof NumberValue number) {
      return Optional.of(number.value());
    }
    return value instanceof BoolValue bool ? Optional.of(bool.value() ? BigDecimal.ONE : BigDecimal.ZERO)
        : Optional.empty();
  }

  /**
   * The sign of {@code a} compared with {@code b} as Python compares its numbers, whether each is an int (exact) or
   * a float (the nearest double): one with a fraction is a float, a whole one may be either, and where the readings
   * disagree (beyond a double's precision) the order is not known.
   */
  private static Optional<Integer> compareNumbers(BigDecimal a, BigDecimal b) {
    Optional<List<BigDecimal>> left = readings(a);
    Optional<List<BigDecimal>> right = readings(b);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> signs = new HashSet<>();
    for (BigDecimal x : left.get()) {
      for (BigDecimal y : right.get()) {
        signs.add(Integer.signum(x.compareTo(y)));
      }
    }
    return signs.size() == 1 ? Optional.of(signs.iterator().next()) : Optional.empty();
  }

  /** The values Python may hold for {@code number}; empty when it is beyond a float's range. */
  private static Optional<List<BigDecimal>> readings(BigDecimal number) {
    double nearest = number.doubleValue();
    if (Double.isInfinite(nearest)) {
      return Optional.empty();
    }
    BigDecimal asFloat = new BigDecimal(nearest);
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    return Optional.of(whole ? List.of(number, asFloat) : List.of(asFloat));
  }
}

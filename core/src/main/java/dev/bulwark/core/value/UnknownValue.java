package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;

/**
 * A value that cannot be known before deployment or was not resolved: a variable without a default, a computed
 * attribute, an expression the evaluator does not support. {@code expression} is its source text.
 */
public record UnknownValue(String expression, Range range, List<RelatedLocation> origin) implements Value {
  public UnknownValue {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public UnknownValue(String expression, Range range) {
    this(expression, range, List.of());
  }

  @Override
  public UnknownValue withOriginPrefix(List<RelatedLocation> hops) {
    return new UnknownValue(expression, range, Origins.prefix(hops, origin));
  }
}

package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A number, exact. */
public record NumberValue(BigDecimal value, Range range, List<RelatedLocation> origin) implements Value {
  public NumberValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public NumberValue(BigDecimal value, Range range) {
    this(value, range, List.of());
  }

  @Override
  public NumberValue withOriginPrefix(List<RelatedLocation> hops) {
    return new NumberValue(value, range, Origins.prefix(hops, origin));
  }
}

package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;

/** A boolean. */
public record BoolValue(boolean value, Range range, List<RelatedLocation> origin) implements Value {
  public BoolValue {
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public BoolValue(boolean value, Range range) {
    this(value, range, List.of());
  }

  @Override
  public BoolValue withOriginPrefix(List<RelatedLocation> hops) {
    return new BoolValue(value, range, Origins.prefix(hops, origin));
  }
}

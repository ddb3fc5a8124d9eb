package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;

/** A string. */
public record StringValue(String value, Range range, List<RelatedLocation> origin) implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public StringValue(String value, Range range) {
    this(value, range, List.of());
  }

  @Override
  public StringValue withOriginPrefix(List<RelatedLocation> hops) {
    return new StringValue(value, range, Origins.prefix(hops, origin));
  }
}

package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;

/** A list (or tuple, or set) of values, in source order. Repeated nested blocks are a list of maps. */
public record ListValue(List<Value> items, Range range, List<RelatedLocation> origin) implements Value {
  public ListValue {
    items = List.copyOf(items);
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public ListValue(List<Value> items, Range range) {
    this(items, range, List.of());
  }

  @Override
  public ListValue withOriginPrefix(List<RelatedLocation> hops) {
    return new ListValue(items, range, Origins.prefix(hops, origin));
  }
}

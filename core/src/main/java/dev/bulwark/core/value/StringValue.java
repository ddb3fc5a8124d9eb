package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A string.
 *
 * @param encoded the located value this text is the JSON encoding of, when a front end made it from one
 *                (Terraform's {@code jsonencode}), so that a reader of the JSON can point inside it
 */
public record StringValue(String value, Range range, List<RelatedLocation> origin, Optional<Value> encoded)
    implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
    Objects.requireNonNull(encoded, "encoded");
  }

  public StringValue(String value, Range range, List<RelatedLocation> origin) {
    this(value, range, origin, Optional.empty());
  }

  public StringValue(String value, Range range) {
    this(value, range, List.of());
  }

  @Override
  public StringValue withOriginPrefix(List<RelatedLocation> hops) {
    return new StringValue(value, range, Origins.prefix(hops, origin), encoded);
  }
}

package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;

/** An explicit null: in Terraform, the same as leaving the attribute out. */
public record NullValue(Range range, List<RelatedLocation> origin) implements Value {
  public NullValue {
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public NullValue(Range range) {
    this(range, List.of());
  }

  @Override
  public NullValue withOriginPrefix(List<RelatedLocation> hops) {
    return new NullValue(range, Origins.prefix(hops, origin));
  }
}

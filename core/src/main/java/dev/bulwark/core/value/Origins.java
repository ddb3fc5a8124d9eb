package dev.bulwark.core.value;

import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.stream.Stream;

final class Origins {
  private Origins() {}

  static List<RelatedLocation> prefix(List<RelatedLocation> hops, List<RelatedLocation> origin) {
    if (hops.isEmpty()) {
      return origin;
    }
    if (origin.isEmpty()) {
      return List.copyOf(hops);
    }
    return Stream.concat(hops.stream(), origin.stream()).toList();
  }
}

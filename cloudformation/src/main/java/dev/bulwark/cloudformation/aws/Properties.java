package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.Optional;

/** Reading facts from nested properties. */
final class Properties {
  private Properties() {}

  /**
   * The fact {@code key} of the object property {@code block} states, {@code whenMissing} by default: located at
   * the resource's {@code header} when the block is missing, at the block when only the key is.
   */
  static Fact nested(MapValue properties, String block, String key, boolean whenMissing, Range header) {
    Optional<MapEntry> entry = properties.entry(block).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(whenMissing, block + "." + key, header);
    }
    Value value = entry.get().value();
    return value instanceof MapValue map
        ? Fact.of(map, key, whenMissing, entry.get().range())
        : Fact.unknown(block + "." + key, entry.get().range(), value.origin());
  }
}

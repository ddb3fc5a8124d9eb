package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/** Reading facts from nested properties and lists of log types. */
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

  /**
   * Whether the list {@code key} (such as {@code EnableCloudwatchLogsExports}) names the log type {@code required},
   * or any log type when none is required; a missing list names none.
   */
  static Fact logExports(MapValue properties, String key, Optional<String> required, Range header) {
    Optional<MapEntry> entry = properties.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, header);
    }
    Value value = entry.get().value();
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return Fact.unknown(key, entry.get().range(), value.origin());
    }
    boolean unknown = false;
    for (Value item : items.get()) {
      Optional<String> type = item.asString();
      if (type.isEmpty()) {
        unknown = true;
      } else if (required.map(type.get()::equals).orElse(true)) {
        return Fact.known(true, key, entry.get().range(), value.origin());
      }
    }
    return unknown
        ? Fact.unknown(key, entry.get().range(), value.origin())
        : Fact.known(false, key, entry.get().range(), value.origin());
  }
}

package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import java.util.Objects;

/** One entry of a {@link MapValue}: its key with the key's range, and its value. */
public record MapEntry(String key, Range keyRange, Value value) {
  public MapEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyRange, "keyRange");
    Objects.requireNonNull(value, "value");
  }

  /** The whole entry, from the start of its key to the end of its value: what a user edits. */
  public Range range() {
    return keyRange.file().equals(value.range().file()) ? keyRange.span(value.range()) : keyRange;
  }
}

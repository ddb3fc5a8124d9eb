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

  /**
   * What a user edits: the whole entry, from the start of its key to the end of its value; or, when the value was
   * written in another file (a Terraform module's input set at the call site), the value where it was written.
   */
  public Range range() {
    return keyRange.file().equals(value.range().file()) ? keyRange.span(value.range()) : value.range();
  }
}

package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a value that a template produced at the template: the value and everything in it take the template's
 * range, so a finding points at the task argument, while the origin keeps where the value came from. A value
 * inside it without an origin of its own inherits its container's, and, when it was written elsewhere (an item of
 * a list variable), adds where it was written.
 */
final class Relocate {
  private static final String WRITTEN = "the value is written here";

  private Relocate() {}

  static Value to(Value value, Range range) {
    return to(value, range, value.origin(), false);
  }

  private static Value to(Value value, Range range, List<RelatedLocation> inherited, boolean nested) {
    List<RelatedLocation> base = value.origin().isEmpty() ? inherited : value.origin();
    List<RelatedLocation> origin = base;
    if (nested && value.origin().isEmpty() && !value.range().equals(range)) {
      origin = new ArrayList<>(base);
      origin.add(new RelatedLocation(value.range(), WRITTEN));
    }
    if (value instanceof StringValue string) {
      return new StringValue(string.value(), range, origin);
    }
    if (value instanceof NumberValue number) {
      return new NumberValue(number.value(), range, origin);
    }
    if (value instanceof BoolValue bool) {
      return new BoolValue(bool.value(), range, origin);
    }
    if (value instanceof NullValue) {
      return new NullValue(range, origin);
    }
    if (value instanceof ListValue list) {
      return new ListValue(list.items().stream().map(item -> to(item, range, base, true)).toList(), range, origin);
    }
    if (value instanceof MapValue map) {
      Map<String, MapEntry> entries = new LinkedHashMap<>();
      map.entries().forEach((key, entry) -> entries.put(key, new MapEntry(key, range, to(entry.value(), range,
          base, true))));
      return new MapValue(entries, range, origin);
    }
    return new UnknownValue(((UnknownValue) value).expression(), range, origin);
  }
}

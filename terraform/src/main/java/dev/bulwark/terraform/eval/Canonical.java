package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;

/** A canonical text of a wholly known value, equal for values that are {@link Values#same the same}. */
final class Canonical {
  private Canonical() {}

  static String key(Value value) {
    StringBuilder text = new StringBuilder();
    append(value, text);
    return text.toString();
  }

  private static void append(Value value, StringBuilder text) {
    if (value instanceof StringValue s) {
      text.append('s').append(s.value().length()).append(':').append(s.value());
    } else if (value instanceof NumberValue n) {
      text.append('n').append(Values.text(n.value())).append(';');
    } else if (value instanceof BoolValue b) {
      text.append(b.value() ? 'T' : 'F');
    } else if (value instanceof ListValue l) {
      text.append('[');
      l.items().forEach(item -> append(item, text));
      text.append(']');
    } else if (value instanceof MapValue m) {
      text.append('{');
      for (MapEntry entry : Values.sortedEntries(m)) {
        text.append(entry.key().length()).append(':').append(entry.key());
        append(entry.value(), text);
      }
      text.append('}');
    } else {
      text.append(value.isKnown() ? 'N' : '?');
    }
  }
}

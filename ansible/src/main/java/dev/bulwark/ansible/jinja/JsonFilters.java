package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.JsonValues;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ansible's {@code to_json} and {@code to_nice_json}: the JSON text Python's {@code json.dumps} writes for a value
 * known throughout (with {@code ", "} and {@code ": "} between items, non-ASCII characters escaped; the nice form
 * indented by four and with sorted keys). The text keeps the value it encodes, located where it was written, so that
 * a policy passed as JSON is read as the document it was made from. And {@code from_json}: the value JSON text
 * encodes (the value itself, for text made by {@code to_json}).
 */
final class JsonFilters {
  static final Set<String> NAMES = Set.of("to_json", "to_nice_json", "from_json");
  private static final int INDENT = 4;

  private JsonFilters() {}

  /** Filter {@code name} (without arguments) applied to the known {@code value}; empty when it cannot be written. */
  static Optional<Value> apply(String name, Expression.FilterCall call, Value value) {
    if (!call.arguments().isEmpty() || !call.keywords().isEmpty()) {
      return Optional.empty();
    }
    if (name.equals("from_json")) {
      return value instanceof StringValue text
          ? text.encoded().or(() -> JsonValues.parse(text.value(), text.range()))
              .map(decoded -> decoded.withOriginPrefix(text.origin()))
          : Optional.empty();
    }
    boolean nice = name.equals("to_nice_json");
    StringBuilder text = new StringBuilder();
    return write(value, nice, 0, text)
        ? Optional.of(new StringValue(text.toString(), value.range(), value.origin(), Optional.of(value)))
        : Optional.empty();
  }

  private static boolean write(Value value, boolean nice, int depth, StringBuilder into) {
    if (value instanceof MapValue map) {
      List<MapEntry> entries = new ArrayList<>(map.entries().values());
      if (nice) {
        entries.sort(Comparator.comparing(MapEntry::key));
      }
      return container(entries, '{', '}', nice, depth, into, (entry, out) -> {
        string(entry.key(), out);
        out.append(": ");
        return write(entry.value(), nice, depth + 1, out);
      });
    }
    if (value instanceof ListValue list) {
      return container(list.items(), '[', ']', nice, depth, into,
          (item, out) -> write(item, nice, depth + 1, out));
    }
    if (value instanceof StringValue string) {
      string(string.value(), into);
    } else if (value instanceof NumberValue number && PythonText.bounded(number.value())) {
      into.append(number.value().toPlainString());
    } else if (value instanceof BoolValue bool) {
      into.append(bool.value());
    } else if (value instanceof NullValue) {
      into.append("null");
    } else {
      return false;
    }
    return true;
  }

  /** Writes one item of a container; false when it cannot be written. */
  private interface ItemWriter<T> {
    boolean write(T item, StringBuilder into);
  }

  private static <T> boolean container(List<T> items, char open, char close, boolean nice, int depth,
      StringBuilder into, ItemWriter<T> writer) {
    into.append(open);
    for (int i = 0; i < items.size(); i++) {
      into.append(i == 0 ? "" : nice ? "," : ", ");
      if (nice) {
        into.append('\n').append(" ".repeat(INDENT * (depth + 1)));
      }
      if (!writer.write(items.get(i), into)) {
        return false;
      }
    }
    if (nice && !items.isEmpty()) {
      into.append('\n').append(" ".repeat(INDENT * depth));
    }
    into.append(close);
    return true;
  }

  private static void string(String text, StringBuilder into) {
    into.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> into.append("\\\"");
        case '\\' -> into.append("\\\\");
        case '\n' -> into.append("\\n");
        case '\r' -> into.append("\\r");
        case '\t' -> into.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            into.append(String.format("\\u%04x", (int) c));
          } else {
            into.append(c);
          }
        }
      }
    }
    into.append('"');
  }
}

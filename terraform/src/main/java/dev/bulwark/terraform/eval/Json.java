package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.Locale;

/** JSON text of wholly known values as {@code jsonencode} writes it: compact, keys sorted, HTML characters escaped. */
final class Json {
  private Json() {}

  static String encode(Value value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Value value, StringBuilder out) {
    if (out.length() > Call.MAX_STRING) {
      throw new EvaluationError("jsonencode() result too long");
    }
    if (value instanceof StringValue s) {
      out.append(quote(s.value()));
    } else if (value instanceof NumberValue n) {
      out.append(Values.text(n.value()));
    } else if (value instanceof BoolValue b) {
      out.append(b.value());
    } else if (value instanceof ListValue l) {
      out.append('[');
      for (int i = 0; i < l.items().size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(l.items().get(i), out);
      }
      out.append(']');
    } else if (value instanceof MapValue m) {
      out.append('{');
      boolean first = true;
      for (MapEntry entry : Values.sortedEntries(m)) {
        out.append(first ? "" : ",").append(quote(entry.key())).append(':');
        write(entry.value(), out);
        first = false;
      }
      out.append('}');
    } else if (value.isKnown()) {
      out.append("null");
    } else {
      throw new UnknownArgument();
    }
  }

  /** A JSON string literal, escaped as Go's encoding/json does. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}

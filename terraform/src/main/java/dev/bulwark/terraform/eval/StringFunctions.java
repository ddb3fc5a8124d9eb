package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** String functions: {@code join}, {@code split}, {@code replace}, {@code lower}, {@code substr}, ... */
final class StringFunctions {
  private StringFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("join", StringFunctions::join);
    into.put("split", StringFunctions::split);
    into.put("replace", call -> call.text(Patterns.replace(call.arity(3).string(0), call.string(1), call.string(2))));
    into.put("regex", call -> Patterns.match(call.arity(2), call.string(0), call.string(1)));
    into.put("regexall", call -> Patterns.matchAll(call.arity(2), call.string(0), call.string(1)));
    into.put("lower", unary(text -> text.toLowerCase(Locale.ROOT)));
    into.put("upper", unary(text -> text.toUpperCase(Locale.ROOT)));
    into.put("title", unary(StringFunctions::title));
    into.put("trimspace", unary(String::strip));
    into.put("chomp", unary(text -> text.replaceAll("(\\r?\\n)+$", "")));
    into.put("strrev", unary(text -> new StringBuilder(text).reverse().toString()));
    into.put("trim", call -> call.text(trim(call.arity(2).string(0), call.string(1))));
    into.put("trimprefix", call -> {
      String text = call.arity(2).string(0);
      String prefix = call.string(1);
      return call.text(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
    });
    into.put("trimsuffix", call -> {
      String text = call.arity(2).string(0);
      String suffix = call.string(1);
      return call.text(text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text);
    });
    into.put("startswith", call -> call.bool(call.arity(2).string(0).startsWith(call.string(1))));
    into.put("endswith", call -> call.bool(call.arity(2).string(0).endsWith(call.string(1))));
    into.put("strcontains", call -> call.bool(call.arity(2).string(0).contains(call.string(1))));
    into.put("substr", StringFunctions::substr);
    into.put("indent", call -> {
      int spaces = call.arity(2).integer(0);
      return call.text(call.string(1).replace("\n", "\n" + " ".repeat(Math.max(0, Math.min(spaces, 1024)))));
    });
  }

  private static Functions.Builtin unary(UnaryOperator<String> operation) {
    return call -> call.text(operation.apply(call.arity(1).string(0)));
  }

  private static Value join(Call call) {
    if (call.size() < 2) {
      throw new EvaluationError("join() takes a separator and lists");
    }
    String separator = call.string(0);
    StringBuilder text = new StringBuilder();
    boolean first = true;
    for (int i = 1; i < call.size(); i++) {
      for (Value item : call.knownItems(i)) {
        if (!first) {
          text.append(separator);
        }
        text.append(Call.string(item));
        first = false;
        if (text.length() > Call.MAX_STRING) {
          throw new EvaluationError("join() result too long");
        }
      }
    }
    return call.text(text.toString());
  }

  private static Value split(Call call) {
    String separator = call.arity(2).string(0);
    String text = call.string(1);
    List<String> parts = new ArrayList<>();
    if (separator.isEmpty()) {
      text.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
    } else {
      int start = 0;
      for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
        parts.add(text.substring(start, at));
        start = at + separator.length();
      }
      parts.add(text.substring(start));
    }
    call.spend(parts.size());
    return Values.strings(parts, call.range());
  }

  private static String title(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean separated = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(separated ? Character.toTitleCase(c) : c);
      separated = !(Character.isLetterOrDigit(c) || c == '_');
    }
    return out.toString();
  }

  private static String trim(String text, String cutset) {
    int start = 0;
    int end = text.length();
    while (start < end && cutset.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && cutset.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  private static Value substr(Call call) {
    String text = call.arity(3).string(0);
    int[] points = text.codePoints().toArray();
    int offset = call.integer(1);
    int length = call.integer(2);
    if (offset < 0) {
      offset = Math.max(0, points.length + offset);
    }
    offset = Math.min(offset, points.length);
    int end = length < 0 ? points.length : Math.min(points.length, offset + length);
    return call.text(new String(points, offset, end - offset));
  }
}

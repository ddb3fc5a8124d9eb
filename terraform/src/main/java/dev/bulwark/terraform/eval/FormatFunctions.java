package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code format} and {@code formatlist}, with the verbs Terraform takes from Go: {@code %v %s %q %d %f %e %g %t
 * %x %X %o %b %%}, flags {@code - + 0 space}, a width and a precision.
 */
final class FormatFunctions {
  private FormatFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("format", call -> {
      if (call.size() < 1) {
        throw new EvaluationError("format() takes a format");
      }
      List<Value> args = new ArrayList<>();
      for (int i = 1; i < call.size(); i++) {
        args.add(call.wholly(i));
      }
      return call.text(format(call.string(0), args));
    });
    into.put("formatlist", FormatFunctions::formatlist);
  }

  private static Value formatlist(Call call) {
    if (call.size() < 1) {
      throw new EvaluationError("formatlist() takes a format");
    }
    String spec = call.string(0);
    int length = -1;
    for (int i = 1; i < call.size(); i++) {
      if (call.known(i) instanceof ListValue list) {
        if (length >= 0 && length != list.items().size()) {
          throw new EvaluationError("formatlist() lists of different lengths");
        }
        length = list.items().size();
      }
    }
    int count = length < 0 ? 1 : length;
    List<Value> results = new ArrayList<>(count);
    for (int row = 0; row < count; row++) {
      List<Value> args = new ArrayList<>();
      for (int i = 1; i < call.size(); i++) {
        Value arg = call.wholly(i);
        args.add(arg instanceof ListValue list ? list.items().get(row) : arg);
      }
      results.add(call.text(format(spec, args)));
    }
    return call.list(results);
  }

  static String format(String spec, List<Value> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < spec.length()) {
      char c = spec.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      int start = i;
      while (i < spec.length() && "-+ 0#".indexOf(spec.charAt(i)) >= 0) {
        i++;
      }
      String flags = spec.substring(start, i);
      int width = -1;
      int precision = -1;
      start = i;
      while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i > start) {
        width = Integer.parseInt(spec.substring(start, Math.min(i, start + 4)));
      }
      if (i < spec.length() && spec.charAt(i) == '.') {
        start = ++i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
          i++;
        }
        precision = i > start ? Integer.parseInt(spec.substring(start, Math.min(i, start + 4))) : 0;
      }
      if (i >= spec.length()) {
        throw new EvaluationError("format ends in the middle of a verb");
      }
      char verb = spec.charAt(i++);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next >= args.size()) {
        throw new EvaluationError("too few arguments for the format");
      }
      out.append(verb(verb, flags, width, precision, args.get(next++)));
      if (out.length() > Call.MAX_STRING) {
        throw new EvaluationError("format() result too long");
      }
    }
    return out.toString();
  }

  private static String verb(char verb, String flags, int width, int precision, Value arg) {
    return switch (verb) {
      case 'v' -> pad(arg instanceof ListValue || arg instanceof MapValue ? Json.encode(arg) : text(arg, precision),
          flags, width);
      case 's' -> pad(text(arg, precision), flags, width);
      case 'q' -> pad(Json.quote(Conversions.text(arg)), flags, width);
      case 't' -> pad(Boolean.toString(Conversions.bool(arg)), flags, width);
      case 'd', 'x', 'X', 'o', 'b' -> integer(verb, flags, width, arg);
      case 'f', 'F', 'e', 'E', 'g', 'G' -> String.format(Locale.ROOT, javaSpec(flags, width, precision,
          Character.toLowerCase(verb) == 'f' ? 'f' : verb), Conversions.number(arg));
      default -> throw new EvaluationError("unsupported format verb %" + verb);
    };
  }

  private static String text(Value arg, int precision) {
    String text = Conversions.text(arg);
    return precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
  }

  private static String integer(char verb, String flags, int width, Value arg) {
    if (verb == 'x' || verb == 'X') {
      if (!(arg instanceof NumberValue) && !(arg instanceof BoolValue)) {
        String hex = hexOfText(Conversions.text(arg));
        return pad(verb == 'X' ? hex.toUpperCase(Locale.ROOT) : hex, flags, width);
      }
    }
    BigDecimal number = Conversions.number(arg);
    if (!Values.isWhole(number)) {
      throw new EvaluationError("%" + verb + " needs a whole number");
    }
    BigInteger whole = number.toBigIntegerExact();
    String digits = switch (verb) {
      case 'x' -> whole.toString(16);
      case 'X' -> whole.toString(16).toUpperCase(Locale.ROOT);
      case 'o' -> whole.toString(8);
      case 'b' -> whole.toString(2);
      default -> whole.toString();
    };
    if (flags.contains("+") && whole.signum() >= 0) {
      digits = "+" + digits;
    }
    if (flags.contains("0") && !flags.contains("-") && digits.length() < width) {
      boolean signed = digits.startsWith("-") || digits.startsWith("+");
      String sign = signed ? digits.substring(0, 1) : "";
      String body = signed ? digits.substring(1) : digits;
      return sign + "0".repeat(width - digits.length()) + body;
    }
    return pad(digits, flags, width);
  }

  private static String hexOfText(String text) {
    StringBuilder hex = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }

  private static String javaSpec(String flags, int width, int precision, char verb) {
    StringBuilder spec = new StringBuilder("%");
    for (char flag : flags.toCharArray()) {
      if ("-+ 0".indexOf(flag) >= 0 && spec.indexOf(String.valueOf(flag)) < 0) {
        spec.append(flag);
      }
    }
    if (width > 0) {
      spec.append(width);
    } else if (spec.indexOf("-") >= 0 || spec.indexOf("0") >= 0) {
      spec.setLength(1);
    }
    if (precision >= 0) {
      spec.append('.').append(precision);
    }
    return spec.append(verb).toString();
  }

  private static String pad(String text, String flags, int width) {
    if (width <= text.length()) {
      return text;
    }
    String padding = " ".repeat(width - text.length());
    return flags.contains("-") ? text + padding : padding + text;
  }
}

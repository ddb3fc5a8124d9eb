package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions as Terraform writes them (RE2 syntax, which Java's regular expressions read once
 * {@code (?P<name>} is spelled {@code (?<name>}): {@code regex}, {@code regexall}, and {@code replace} with a
 * {@code /pattern/}.
 */
final class Patterns {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private Patterns() {}

  static Pattern compile(String pattern) {
    try {
      return Pattern.compile(pattern.replace("(?P<", "(?<"));
    } catch (PatternSyntaxException e) {
      throw new EvaluationError("invalid regular expression: " + e.getDescription());
    }
  }

  /** {@code replace(text, search, replacement)}: a literal search, or a pattern between slashes. */
  static String replace(String text, String search, String replacement) {
    if (search.length() < 2 || !search.startsWith("/") || !search.endsWith("/")) {
      return text.replace(search, replacement);
    }
    Matcher matcher = compile(search.substring(1, search.length() - 1)).matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      out.append(text, last, matcher.start()).append(expand(replacement, matcher));
      last = matcher.end();
      if (out.length() > Call.MAX_STRING) {
        throw new EvaluationError("replace() result too long");
      }
    }
    return out.append(text.substring(last)).toString();
  }

  /** Go's template expansion: {@code $1}, {@code ${1}}, {@code ${name}}, {@code $$}. */
  private static String expand(String template, Matcher matcher) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i++;
        continue;
      }
      int end;
      String name;
      if (next == '{') {
        end = template.indexOf('}', i + 2);
        if (end < 0) {
          out.append(c);
          continue;
        }
        name = template.substring(i + 2, end);
      } else {
        end = i + 1;
        while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end))
            || template.charAt(end) == '_')) {
          end++;
        }
        name = template.substring(i + 1, end);
        end--;
      }
      out.append(group(matcher, name));
      i = end;
    }
    return out.toString();
  }

  private static String group(Matcher matcher, String name) {
    try {
      String value = name.chars().allMatch(Character::isDigit) && !name.isEmpty()
          ? matcher.group(Integer.parseInt(name))
          : matcher.group(name);
      return value == null ? "" : value;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return "";
    }
  }

  static Value match(Call call, String pattern, String text) {
    Pattern compiled = compile(pattern);
    Matcher matcher = compiled.matcher(text);
    if (!matcher.find()) {
      throw new EvaluationError("the pattern does not match");
    }
    return captures(call, compiled, matcher);
  }

  static Value matchAll(Call call, String pattern, String text) {
    Pattern compiled = compile(pattern);
    Matcher matcher = compiled.matcher(text);
    List<Value> matches = new ArrayList<>();
    while (matcher.find()) {
      call.spend(1);
      matches.add(captures(call, compiled, matcher));
    }
    return call.list(matches);
  }

  private static Value captures(Call call, Pattern pattern, Matcher matcher) {
    if (matcher.groupCount() == 0) {
      return call.text(matcher.group());
    }
    List<String> named = groupNames(pattern);
    if (!named.isEmpty()) {
      List<MapEntry> entries = new ArrayList<>();
      named.forEach(name -> entries.add(new MapEntry(name, call.range(), capture(call, matcher.group(name)))));
      return MapValue.of(entries, call.range());
    }
    List<Value> groups = new ArrayList<>();
    for (int i = 1; i <= matcher.groupCount(); i++) {
      groups.add(capture(call, matcher.group(i)));
    }
    return call.list(groups);
  }

  private static Value capture(Call call, String value) {
    return value == null ? new NullValue(call.range()) : new StringValue(value, call.range());
  }

  private static List<String> groupNames(Pattern pattern) {
    List<String> names = new ArrayList<>();
    Matcher matcher = GROUP_NAME.matcher(pattern.pattern());
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}

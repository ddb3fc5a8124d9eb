package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters that take lists, mappings and strings apart and put them together, with Jinja's and Ansible's
 * semantics: {@code join}, {@code first}, {@code last}, {@code length} ({@code count}), {@code list},
 * {@code unique}, {@code flatten}, {@code combine}, {@code split}, {@code replace} and {@code trim}. An input or
 * argument they cannot read (an item that is not known where its value matters, a keyword they do not take) makes
 * the result unknown.
 */
final class CollectionFilters {
  /** The longest text a filter makes; a longer one is unknown. */
  private static final int MAX_TEXT = 1 << 20;
  static final Set<String> NAMES = Set.of("join", "first", "last", "length", "count", "list", "unique", "flatten",
      "combine", "split", "replace", "trim");

  private CollectionFilters() {}

  /** Filter {@code name} of {@code call} applied to the known {@code value}. */
  static Outcome apply(String name, Expression.FilterCall call, Value value, Evaluator evaluator) {
    if (!call.keywords().isEmpty() && !name.equals("flatten")) {
      return evaluator.unknown();
    }
    List<Value> arguments = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      arguments.add(evaluator.valueOrUnknown(evaluator.evaluate(argument)));
    }
    Map<String, Value> keywords = new LinkedHashMap<>();
    call.keywords().forEach((keyword, argument) ->
        keywords.put(keyword, evaluator.valueOrUnknown(evaluator.evaluate(argument))));
    if (!arguments.stream().allMatch(Value::isKnown) || !keywords.values().stream().allMatch(Value::isKnown)) {
      return evaluator.unknown();
    }
    Optional<Outcome> result = switch (name) {
      case "join" -> join(value, arguments);
      case "first", "last" -> end(value, name.equals("first"));
      case "length", "count" -> size(value).map(size -> known(new NumberValue(BigDecimal.valueOf(size),
          value.range(), value.origin())));
      case "list" -> items(value).map(items -> known(new ListValue(items, value.range(), value.origin())));
      case "unique" -> unique(value);
      case "flatten" -> flatten(value, arguments, keywords);
      case "combine" -> combine(value, arguments);
      case "split" -> split(value, arguments);
      case "replace" -> replace(value, arguments);
      default -> value instanceof StringValue text
          ? Optional.of(known(new StringValue(text.value().strip(), value.range(), value.origin())))
          : Optional.empty();
    };
    return result.orElseGet(evaluator::unknown);
  }

  private static Outcome known(Value value) {
    return new Outcome.Known(value);
  }

  /** {@code join(d='')}: the items' text between separators. */
  private static Optional<Outcome> join(Value value, List<Value> arguments) {
    Optional<String> separator = arguments.isEmpty() ? Optional.of("") : PythonText.of(arguments.get(0));
    Optional<List<Value>> items = value.asList();
    if (separator.isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (Value item : items.get()) {
      Optional<String> text = PythonText.of(item);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      texts.add(text.get());
    }
    return Optional.of(known(new StringValue(String.join(separator.get(), texts), value.range(), value.origin())));
  }

  /** {@code first} and {@code last} of a list or string; undefined for an empty one, as Jinja's are. */
  private static Optional<Outcome> end(Value value, boolean first) {
    Optional<List<Value>> items = items(value).filter(list -> !(value instanceof MapValue));
    return items.map(list -> list.isEmpty() ? new Outcome.Undefined(first ? "first" : "last")
        : known(inherited(list.get(first ? 0 : list.size() - 1), value)));
  }

  private static Value inherited(Value item, Value container) {
    return item.origin().isEmpty() ? item.withOriginPrefix(container.origin()) : item;
  }

  private static Optional<Integer> size(Value value) {
    if (value instanceof StringValue text) {
      return Optional.of(text.value().codePointCount(0, text.value().length()));
    }
    return value.asList().map(List::size).or(() -> value.asMap().map(map -> map.entries().size()));
  }

  /** Python's {@code list()}: a list's items, a string's characters, a mapping's keys. */
  private static Optional<List<Value>> items(Value value) {
    if (value instanceof StringValue text) {
      return Optional.of(text.value().codePoints()
          .<Value>mapToObj(c -> new StringValue(new String(Character.toChars(c)), value.range())).toList());
    }
    if (value instanceof MapValue map) {
      return Optional.of(map.entries().values().stream()
          .<Value>map(entry -> new StringValue(entry.key(), entry.keyRange())).toList());
    }
    return value.asList();
  }

  /**
   * {@code unique}: the items in order, each once, strings compared without regard to case as Ansible's filter does
   * by default; unknown when two items cannot be compared.
   */
  private static Optional<Outcome> unique(Value value) {
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Value> kept = new ArrayList<>();
    for (Value item : items.get()) {
      boolean seen = false;
      for (Value earlier : kept) {
        Optional<Boolean> same = earlier instanceof StringValue a && item instanceof StringValue b
            ? Optional.of(a.value().toLowerCase(Locale.ROOT).equals(b.value().toLowerCase(Locale.ROOT)))
            : Comparisons.equal(earlier, item);
        if (same.isEmpty()) {
          return Optional.empty();
        }
        seen |= same.get();
      }
      if (!seen) {
        kept.add(item);
      }
    }
    return Optional.of(known(new ListValue(kept, value.range(), value.origin())));
  }

  /**
   * Ansible's {@code flatten(levels=None, skip_nulls=True)}: nested lists' items in order, dropping none (and the
   * strings {@code None} and {@code null}) unless {@code skip_nulls} is false; with {@code levels}, only that deep.
   */
  private static Optional<Outcome> flatten(Value value, List<Value> arguments, Map<String, Value> keywords) {
    Value levels = keywords.getOrDefault("levels", arguments.isEmpty() ? null : arguments.get(0));
    Value skipNulls = keywords.get("skip_nulls");
    boolean readable = value.asList().isPresent() && arguments.size() <= 1
        && keywords.keySet().stream().allMatch(Set.of("levels", "skip_nulls")::contains)
        && (levels == null || levels instanceof NullValue || levels.asNumber().isPresent())
        && (skipNulls == null || skipNulls instanceof BoolValue);
    if (!readable) {
      return Optional.empty();
    }
    List<Value> flat = new ArrayList<>();
    flatten(value.asList().get(), levels == null || levels instanceof NullValue ? Integer.MAX_VALUE
        : levels.asNumber().get().intValue(), skipNulls == null || ((BoolValue) skipNulls).value(), flat);
    return Optional.of(known(new ListValue(flat, value.range(), value.origin())));
  }

  private static void flatten(List<Value> items, int levels, boolean skipNulls, List<Value> into) {
    for (Value item : items) {
      if (skipNulls && (item instanceof NullValue
          || item instanceof StringValue text && (text.value().equals("None") || text.value().equals("null")))) {
        continue;
      }
      if (levels > 0 && item instanceof ListValue list) {
        flatten(list.items(), levels - 1, skipNulls, into);
      } else {
        into.add(item);
      }
    }
  }

  /** {@code combine(*dicts)}: the mappings merged key by key, later ones winning (not recursively). */
  private static Optional<Outcome> combine(Value value, List<Value> arguments) {
    if (!(value instanceof MapValue first)) {
      return Optional.empty();
    }
    Map<String, MapEntry> merged = new LinkedHashMap<>(first.entries());
    for (Value argument : arguments) {
      if (!(argument instanceof MapValue map)) {
        return Optional.empty();
      }
      map.entries().values().forEach(entry -> {
        merged.remove(entry.key());
        merged.put(entry.key(), entry);
      });
    }
    return Optional.of(known(new MapValue(merged, value.range(), value.origin())));
  }

  /** Ansible's {@code split(separator=None)}: Python's {@code str.split}. */
  private static Optional<Outcome> split(Value value, List<Value> arguments) {
    if (!(value instanceof StringValue text) || arguments.size() > 1) {
      return Optional.empty();
    }
    List<String> parts;
    if (arguments.isEmpty() || arguments.get(0) instanceof NullValue) {
      String stripped = text.value().strip();
      parts = stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    } else {
      Optional<String> separator = PythonText.of(arguments.get(0)).filter(s -> !s.isEmpty());
      if (separator.isEmpty()) {
        return Optional.empty();
      }
      parts = List.of(text.value().split(Pattern.quote(separator.get()), -1));
    }
    return Optional.of(known(new ListValue(parts.stream()
        .<Value>map(part -> new StringValue(part, value.range())).toList(), value.range(), value.origin())));
  }

  /** {@code replace(old, new, count=None)} on a string. */
  private static Optional<Outcome> replace(Value value, List<Value> arguments) {
    if (!(value instanceof StringValue text) || arguments.size() != 2) {
      return Optional.empty();
    }
    Optional<String> old = PythonText.of(arguments.get(0));
    Optional<String> replacement = PythonText.of(arguments.get(1));
    if (old.isEmpty() || replacement.isEmpty() || old.get().isEmpty()) {
      return Optional.empty();
    }
    long occurrences = (text.value().length() - text.value().replace(old.get(), "").length()) / old.get().length();
    long length = text.value().length() + occurrences * (replacement.get().length() - old.get().length());
    if (length > MAX_TEXT) {
      return Optional.empty();
    }
    return Optional.of(known(new StringValue(text.value().replace(old.get(), replacement.get()), value.range(),
        value.origin())));
  }
}

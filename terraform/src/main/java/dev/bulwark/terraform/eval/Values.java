package dev.bulwark.terraform.eval;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Helpers over located values: copies at another place, origins, deep checks and structural equality. */
public final class Values {
  /** At most this many related locations are kept in a value's origin. */
  static final int MAX_ORIGIN = 12;

  private Values() {}

  /** {@code value} located at {@code range} with {@code origin}; its items and entries are kept as they are. */
  public static Value at(Value value, Range range, List<RelatedLocation> origin) {
    List<RelatedLocation> capped = origin.size() > MAX_ORIGIN ? origin.subList(0, MAX_ORIGIN) : origin;
    if (value instanceof StringValue s) {
      return new StringValue(s.value(), range, capped, s.encoded());
    }
    if (value instanceof NumberValue n) {
      return new NumberValue(n.value(), range, capped);
    }
    if (value instanceof BoolValue b) {
      return new BoolValue(b.value(), range, capped);
    }
    if (value instanceof ListValue l) {
      return new ListValue(l.items(), range, capped);
    }
    if (value instanceof MapValue m) {
      return new MapValue(m.entries(), range, capped);
    }
    if (value instanceof UnknownValue u) {
      return new UnknownValue(u.expression(), range, capped);
    }
    return new NullValue(range, capped);
  }

  /** {@code origin} followed by {@code more}, without repeats, capped. */
  static List<RelatedLocation> join(List<RelatedLocation> origin, List<RelatedLocation> more) {
    if (more.isEmpty()) {
      return origin;
    }
    if (origin.isEmpty()) {
      return more;
    }
    Set<RelatedLocation> joined = new LinkedHashSet<>(origin);
    joined.addAll(more);
    return List.copyOf(joined).subList(0, Math.min(joined.size(), MAX_ORIGIN));
  }

  /** Whether {@code value} and everything in it is known. */
  public static boolean whollyKnown(Value value) {
    if (value instanceof ListValue l) {
      return l.items().stream().allMatch(Values::whollyKnown);
    }
    if (value instanceof MapValue m) {
      return m.entries().values().stream().allMatch(e -> whollyKnown(e.value()));
    }
    return value.isKnown();
  }

  /** The entries of {@code map} in lexicographic key order, as Terraform iterates maps and objects. */
  static List<MapEntry> sortedEntries(MapValue map) {
    List<MapEntry> entries = new ArrayList<>(map.entries().values());
    entries.sort(Comparator.comparing(MapEntry::key));
    return entries;
  }

  /** A key and a value of a collection that {@code for} and {@code dynamic} iterate over. */
  public record Element(Value key, Value value) {}

  /**
   * The elements of a known list (keys are the indexes) or map (keys are the map's keys, in lexicographic order);
   * anything else is an {@link EvaluationError}.
   */
  public static List<Element> elements(Value collection) {
    List<Element> elements = new ArrayList<>();
    if (collection instanceof ListValue list) {
      for (int i = 0; i < list.items().size(); i++) {
        elements.add(new Element(number(i, list.items().get(i).range()), list.items().get(i)));
      }
      return elements;
    }
    if (collection instanceof MapValue map) {
      for (MapEntry entry : sortedEntries(map)) {
        elements.add(new Element(new StringValue(entry.key(), entry.keyRange()), entry.value()));
      }
      return elements;
    }
    throw new EvaluationError("cannot iterate over a " + typeName(collection));
  }

  /** A number value. */
  static NumberValue number(long value, Range range) {
    return new NumberValue(BigDecimal.valueOf(value), range);
  }

  /** A list of string values, all at {@code range}. */
  static ListValue strings(Collection<String> texts, Range range) {
    List<Value> items = new ArrayList<>(texts.size());
    texts.forEach(text -> items.add(new StringValue(text, range)));
    return new ListValue(items, range);
  }

  /** The canonical text of a number: no exponent, no trailing zeros. */
  static String text(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  /** Whether {@code number} is a whole number. */
  static boolean isWhole(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Structural equality of two wholly known values, ignoring locations; numbers compare numerically and values of
   * different types are unequal, as in Terraform.
   */
  static boolean same(Value a, Value b) {
    if (a instanceof StringValue s) {
      return b instanceof StringValue t && s.value().equals(t.value());
    }
    if (a instanceof NumberValue n) {
      return b instanceof NumberValue m && n.value().compareTo(m.value()) == 0;
    }
    if (a instanceof BoolValue x) {
      return b instanceof BoolValue y && x.value() == y.value();
    }
    if (a instanceof ListValue l) {
      return b instanceof ListValue m && sameItems(l.items(), m.items());
    }
    if (a instanceof MapValue m) {
      return b instanceof MapValue n && sameEntries(m, n);
    }
    return a instanceof NullValue && b instanceof NullValue;
  }

  private static boolean sameItems(List<Value> a, List<Value> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameEntries(MapValue a, MapValue b) {
    if (a.entries().size() != b.entries().size()) {
      return false;
    }
    for (MapEntry entry : a.entries().values()) {
      MapEntry other = b.entries().get(entry.key());
      if (other == null || !same(entry.value(), other.value())) {
        return false;
      }
    }
    return true;
  }

  /** A short name of the value's type for messages. */
  static String typeName(Value value) {
    if (value instanceof StringValue) {
      return "string";
    }
    if (value instanceof NumberValue) {
      return "number";
    }
    if (value instanceof BoolValue) {
      return "bool";
    }
    if (value instanceof ListValue) {
      return "list";
    }
    if (value instanceof MapValue) {
      return "object";
    }
    return value instanceof NullValue ? "null" : "unknown";
  }
}

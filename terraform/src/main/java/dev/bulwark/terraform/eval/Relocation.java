package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Places an attribute's value where the user edits it. A value read from elsewhere (an element of a variable's
 * default, an entry of a local) is located at the attribute, or at the element of the attribute's value that
 * holds it, with its own location as the first hop of its origin. Parts already where they may stay are kept,
 * and so is every value that has nothing to move: then the same object is returned.
 */
public final class Relocation {
  private Relocation() {}

  /**
   * {@code value} with every part located outside what {@code stays} accepts moved to its closest accepted
   * container, the value itself to {@code target}.
   */
  public static Value settle(Value value, Range target, Predicate<Range> stays) {
    return settle(value, target, stays, 0, true);
  }

  /** {@code value} with every part located at {@code range}, e.g. a value given on the command line. */
  public static Value everywhere(Value value, Range range) {
    return settle(Values.at(value, range, value.origin()), range, at -> at.equals(range), 0, false);
  }

  private static Value settle(Value value, Range target, Predicate<Range> stays, int depth, boolean hop) {
    Value placed = stays.test(value.range()) ? value : Values.at(value, target, !hop ? value.origin()
        : Values.join(List.of(new RelatedLocation(value.range(), Evaluator.FROM_HERE)), value.origin()));
    if (depth > 64) {
      return placed;
    }
    Range inner = placed.range();
    if (placed instanceof ListValue list) {
      List<Value> items = new ArrayList<>(list.items().size());
      boolean changed = false;
      for (Value item : list.items()) {
        Value settled = settle(item, inner, stays, depth + 1, hop);
        changed |= settled != item;
        items.add(settled);
      }
      return changed ? new ListValue(items, list.range(), list.origin()) : placed;
    }
    if (placed instanceof MapValue map) {
      Map<String, MapEntry> entries = new LinkedHashMap<>();
      boolean changed = false;
      for (MapEntry entry : map.entries().values()) {
        Value settled = settle(entry.value(), inner, stays, depth + 1, hop);
        changed |= settled != entry.value();
        entries.put(entry.key(), settled == entry.value() ? entry
            : new MapEntry(entry.key(), stays.test(entry.keyRange()) ? entry.keyRange() : inner, settled));
      }
      return changed ? new MapValue(entries, map.range(), map.origin()) : placed;
    }
    return placed;
  }
}

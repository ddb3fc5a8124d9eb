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
 * holds it, with its own location as the first hop of its origin, described as its container's first hop is when
 * that hop covers it ("default of `var.cidrs`"). Parts already where they may stay are kept, and so is every value
 * that has nothing to move: then the same object is returned. A part without an origin of its own takes its
 * container's: an element of a list set at a module's call site was passed where the list was.
 */
public final class Relocation {
  private static final int MAX_DEPTH = 64;

  private final Predicate<Range> stays;
  private final boolean hops;

  private Relocation(Predicate<Range> stays, boolean hops) {
    this.stays = stays;
    this.hops = hops;
  }

  /**
   * {@code value} with every part located outside what {@code stays} accepts moved to its closest accepted
   * container, the value itself to {@code target}.
   */
  public static Value settle(Value value, Range target, Predicate<Range> stays) {
    return new Relocation(stays, true).place(value, target, null, 0);
  }

  /** {@code value} with every part located at {@code range}, no hop added: e.g. a value given on the command line. */
  public static Value everywhere(Value value, Range range) {
    return new Relocation(at -> false, false).place(value, range, null, 0);
  }

  /** @param outer the first hop of the closest container that has one */
  private Value place(Value value, Range target, RelatedLocation outer, int depth) {
    Value placed = value;
    if (!stays.test(value.range())) {
      placed = Values.at(value, target, hops
          ? Values.join(List.of(hop(value.range(), outer)), value.origin())
          : value.origin());
    }
    if (depth >= MAX_DEPTH) {
      return placed;
    }
    RelatedLocation inherited = placed.origin().isEmpty() ? outer : placed.origin().get(0);
    Range inner = placed.range();
    if (placed instanceof ListValue list) {
      List<Value> items = new ArrayList<>(list.items().size());
      boolean changed = false;
      for (Value item : list.items()) {
        Value settled = inherit(place(item, inner, inherited, depth + 1), placed);
        changed |= settled != item;
        items.add(settled);
      }
      return changed ? new ListValue(items, list.range(), list.origin()) : placed;
    }
    if (placed instanceof MapValue map) {
      Map<String, MapEntry> entries = new LinkedHashMap<>();
      boolean changed = false;
      for (MapEntry entry : map.entries().values()) {
        Value settled = inherit(place(entry.value(), inner, inherited, depth + 1), placed);
        boolean keyStays = stays.test(entry.keyRange());
        changed |= settled != entry.value() || !keyStays;
        entries.put(entry.key(), settled == entry.value() && keyStays ? entry
            : new MapEntry(entry.key(), keyStays ? entry.keyRange() : inner, settled));
      }
      return changed ? new MapValue(entries, map.range(), map.origin()) : placed;
    }
    return placed;
  }

  private Value inherit(Value part, Value container) {
    return hops && part.origin().isEmpty() && !container.origin().isEmpty()
        ? Values.at(part, part.range(), container.origin())
        : part;
  }

  private static RelatedLocation hop(Range from, RelatedLocation outer) {
    boolean covered = outer != null && outer.range().contains(from);
    return new RelatedLocation(from, covered ? outer.message() : Evaluator.FROM_HERE);
  }
}

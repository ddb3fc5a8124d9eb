package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Functions over lists and maps: {@code length}, {@code concat}, {@code merge}, {@code lookup}, ... */
final class CollectionFunctions {
  /** {@code range()} produces at most this many numbers, as in Terraform. */
  static final int MAX_RANGE = 1024;
  /** The most items an unknown list sliced with known bounds is given; a longer slice is an unknown list. */
  private static final int MAX_UNKNOWN_ITEMS = MAX_RANGE;

  private CollectionFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("length", CollectionFunctions::length);
    into.put("concat", CollectionFunctions::concat);
    into.put("merge", CollectionFunctions::merge);
    into.put("lookup", CollectionFunctions::lookup);
    into.put("element", CollectionFunctions::element);
    into.put("contains", CollectionFunctions::contains);
    into.put("index", CollectionFunctions::index);
    into.put("keys", call -> call.arity(1).list(sorted(call.map(0)).stream()
        .map(entry -> (Value) new StringValue(entry.key(), entry.keyRange())).toList()));
    into.put("values", call -> call.arity(1).list(sorted(call.map(0)).stream().map(MapEntry::value).toList()));
    into.put("flatten", call -> call.arity(1).list(flatten(call.list(0), new ArrayList<>())));
    into.put("compact", CollectionFunctions::compact);
    into.put("zipmap", CollectionFunctions::zipmap);
    into.put("coalesce", CollectionFunctions::coalesce);
    into.put("coalescelist", CollectionFunctions::coalescelist);
    into.put("range", CollectionFunctions::range);
    into.put("reverse", call -> {
      List<Value> items = new ArrayList<>(call.arity(1).list(0));
      Collections.reverse(items);
      return call.list(items);
    });
    into.put("slice", CollectionFunctions::slice);
    into.put("one", CollectionFunctions::one);
    into.put("chunklist", CollectionFunctions::chunklist);
  }

  private static List<MapEntry> sorted(MapValue map) {
    return Values.sortedEntries(map);
  }

  private static Value length(Call call) {
    Value value = call.arity(1).known(0);
    if (value instanceof StringValue s) {
      return call.number(BigDecimal.valueOf(s.value().codePointCount(0, s.value().length())));
    }
    if (value instanceof ListValue list) {
      return call.number(BigDecimal.valueOf(list.items().size()));
    }
    if (value instanceof MapValue map) {
      return call.number(BigDecimal.valueOf(map.entries().size()));
    }
    throw new EvaluationError("length() of a " + Values.typeName(value));
  }

  private static Value concat(Call call) {
    List<Value> items = new ArrayList<>();
    for (int i = 0; i < call.size(); i++) {
      items.addAll(call.list(i));
    }
    return call.list(items);
  }

  private static Value merge(Call call) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < call.size(); i++) {
      if (call.known(i) instanceof NullValue) {
        continue;
      }
      MapValue map = call.map(i);
      call.spend(map.entries().size());
      map.entries().forEach(entries::put);
    }
    return new MapValue(entries, call.range());
  }

  private static Value lookup(Call call) {
    call.arity(2, 3);
    MapValue map = call.map(0);
    String key = call.string(1);
    MapEntry entry = map.entries().get(key);
    if (entry != null) {
      return entry.value();
    }
    if (call.size() == 3) {
      return call.arg(2);
    }
    throw new EvaluationError("no key \"" + key + "\" and no default");
  }

  private static Value element(Call call) {
    List<Value> items = call.arity(2).list(0);
    int index = call.integer(1);
    if (items.isEmpty() || index < 0) {
      throw new EvaluationError("element() of an empty list or at a negative index");
    }
    return items.get(index % items.size());
  }

  private static Value contains(Call call) {
    List<Value> items = call.arity(2).list(0);
    Value wanted = call.wholly(1);
    boolean unknown = false;
    for (Value item : items) {
      if (!Values.whollyKnown(item)) {
        unknown = true;
      } else if (Values.same(item, wanted)) {
        return call.bool(true);
      }
    }
    return unknown ? call.unknown() : call.bool(false);
  }

  private static Value index(Call call) {
    List<Value> items = call.arity(2).list(0);
    Value wanted = call.wholly(1);
    for (int i = 0; i < items.size(); i++) {
      if (!Values.whollyKnown(items.get(i))) {
        return call.unknown();
      }
      if (Values.same(items.get(i), wanted)) {
        return call.number(BigDecimal.valueOf(i));
      }
    }
    throw new EvaluationError("the value is not in the list");
  }

  private static List<Value> flatten(List<Value> items, List<Value> into) {
    for (Value item : items) {
      Value known = Call.known(item);
      if (known instanceof ListValue list) {
        flatten(list.items(), into);
      } else {
        into.add(known);
      }
    }
    return into;
  }

  private static Value compact(Call call) {
    List<Value> kept = new ArrayList<>();
    for (Value item : call.arity(1).knownItems(0)) {
      if (!(item instanceof NullValue) && !Conversions.text(item).isEmpty()) {
        kept.add(item);
      }
    }
    return call.list(kept);
  }

  private static Value zipmap(Call call) {
    List<Value> keys = call.arity(2).knownItems(0);
    List<Value> values = call.list(1);
    if (keys.size() != values.size()) {
      throw new EvaluationError("zipmap() of lists of different lengths");
    }
    List<MapEntry> entries = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      entries.add(new MapEntry(Call.string(keys.get(i)), keys.get(i).range(), values.get(i)));
    }
    call.spend(entries.size());
    return MapValue.of(entries, call.range());
  }

  private static Value coalesce(Call call) {
    for (int i = 0; i < call.size(); i++) {
      Value value = call.known(i);
      if (value instanceof NullValue || (value instanceof StringValue s && s.value().isEmpty())) {
        continue;
      }
      return value;
    }
    throw new EvaluationError("no non-null, non-empty argument");
  }

  private static Value coalescelist(Call call) {
    for (int i = 0; i < call.size(); i++) {
      Value value = call.known(i);
      if (!Call.list(value).isEmpty()) {
        return value;
      }
    }
    throw new EvaluationError("no non-empty list");
  }

  private static Value range(Call call) {
    call.arity(1, 3);
    BigDecimal start = call.size() == 1 ? BigDecimal.ZERO : call.number(0);
    BigDecimal limit = call.number(call.size() == 1 ? 0 : 1);
    BigDecimal step = call.size() == 3 ? call.number(2)
        : BigDecimal.valueOf(start.compareTo(limit) <= 0 ? 1 : -1);
    if (step.signum() == 0) {
      throw new EvaluationError("range() with a step of zero");
    }
    List<Value> numbers = new ArrayList<>();
    for (BigDecimal n = start; step.signum() > 0 ? n.compareTo(limit) < 0 : n.compareTo(limit) > 0; n = n.add(step)) {
      if (numbers.size() == MAX_RANGE) {
        throw new EvaluationError("range() of more than " + MAX_RANGE + " numbers");
      }
      numbers.add(call.number(n));
    }
    return call.list(numbers);
  }

  /**
   * {@code slice}; of an unknown list, as many unknown items as the known bounds select (up to
   * {@link #MAX_UNKNOWN_ITEMS}), if the call succeeds.
   */
  private static Value slice(Call call) {
    int start = call.arity(3).integer(1);
    int end = call.integer(2);
    if (!call.arg(0).isKnown() && start >= 0 && start <= end && end - start <= MAX_UNKNOWN_ITEMS) {
      return call.list(Collections.nCopies(end - start, call.unknown()));
    }
    List<Value> items = call.list(0);
    if (start < 0 || end > items.size() || start > end) {
      throw new EvaluationError("slice() out of range");
    }
    return call.list(items.subList(start, end));
  }

  private static Value one(Call call) {
    List<Value> items = call.arity(1).list(0);
    if (items.size() > 1) {
      throw new EvaluationError("one() of more than one element");
    }
    return items.isEmpty() ? call.nullValue() : items.get(0);
  }

  private static Value chunklist(Call call) {
    List<Value> items = call.arity(2).list(0);
    int size = call.integer(1);
    if (size < 0) {
      throw new EvaluationError("a negative chunk size");
    }
    if (size == 0) {
      return call.list(List.of(new ListValue(items, call.range())));
    }
    List<Value> chunks = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      chunks.add(new ListValue(items.subList(i, Math.min(items.size(), i + size)), call.range()));
    }
    return call.list(chunks);
  }
}

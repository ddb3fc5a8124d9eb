package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions that treat lists as sets or test their elements: {@code distinct}, {@code toset}, {@code setunion},
 * {@code sort}, {@code alltrue}, {@code sum}, ... Sets are lists without repeats; a set of strings or of numbers is
 * kept in Terraform's order (lexicographic, numeric).
 */
final class SetFunctions {
  private SetFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("distinct", call -> call.list(distinct(call.arity(1).list(0))));
    into.put("toset", SetFunctions::toset);
    into.put("setunion", call -> {
      List<Value> all = new ArrayList<>();
      for (int i = 0; i < call.size(); i++) {
        all.addAll(call.list(i));
      }
      return call.list(ordered(distinct(all)));
    });
    into.put("setintersection", call -> combine(call, true));
    into.put("setsubtract", call -> combine(call.arity(2), false));
    into.put("sort", SetFunctions::sort);
    into.put("alltrue", call -> all(call, true));
    into.put("anytrue", call -> all(call, false));
    into.put("sum", SetFunctions::sum);
  }

  /** The items without repeats, first occurrences kept; unknown when an item is not wholly known. */
  static List<Value> distinct(List<Value> items) {
    Map<String, Value> unique = new LinkedHashMap<>();
    for (Value item : items) {
      if (!Values.whollyKnown(item)) {
        throw new UnknownArgument();
      }
      unique.putIfAbsent(Canonical.key(item), item);
    }
    return List.copyOf(unique.values());
  }

  /** A set's elements in Terraform's order when they are all strings or all numbers. */
  static List<Value> ordered(List<Value> set) {
    List<Value> sorted = new ArrayList<>(set);
    if (sorted.stream().allMatch(StringValue.class::isInstance)) {
      sorted.sort((a, b) -> ((StringValue) a).value().compareTo(((StringValue) b).value()));
    } else if (sorted.stream().allMatch(NumberValue.class::isInstance)) {
      sorted.sort((a, b) -> ((NumberValue) a).value().compareTo(((NumberValue) b).value()));
    }
    return sorted;
  }

  private static Value toset(Call call) {
    Value value = call.arity(1).known(0);
    if (value instanceof NullValue) {
      return value;
    }
    return call.list(ordered(distinct(Call.list(value))));
  }

  private static Value combine(Call call, boolean intersect) {
    if (call.size() == 0) {
      throw new EvaluationError("no sets to combine");
    }
    List<Value> result = distinct(call.list(0));
    for (int i = 1; i < call.size(); i++) {
      Map<String, Value> other = new LinkedHashMap<>();
      distinct(call.list(i)).forEach(item -> other.put(Canonical.key(item), item));
      result = result.stream().filter(item -> other.containsKey(Canonical.key(item)) == intersect).toList();
    }
    return call.list(ordered(result));
  }

  private static Value sort(Call call) {
    List<String> texts = new ArrayList<>();
    for (Value item : call.arity(1).knownItems(0)) {
      texts.add(Call.string(item));
    }
    texts.sort(String::compareTo);
    return call.list(texts.stream().map(text -> (Value) new StringValue(text, call.range())).toList());
  }

  private static Value all(Call call, boolean every) {
    boolean unknown = false;
    for (Value item : call.arity(1).list(0)) {
      if (!item.isKnown()) {
        unknown = true;
      } else if (item instanceof BoolValue || item instanceof StringValue) {
        if (Conversions.bool(item) != every) {
          return call.bool(!every);
        }
      } else {
        throw new EvaluationError("alltrue() and anytrue() take bools");
      }
    }
    return unknown ? call.unknown() : call.bool(every);
  }

  private static Value sum(Call call) {
    List<Value> items = call.arity(1).knownItems(0);
    if (items.isEmpty()) {
      throw new EvaluationError("sum() of an empty list");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Value item : items) {
      total = total.add(Conversions.number(item));
    }
    return call.number(total);
  }
}

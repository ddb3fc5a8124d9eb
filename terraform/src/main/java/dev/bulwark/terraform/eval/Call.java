package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.List;

/**
 * One call of a built-in function: its evaluated arguments and where it is. The argument accessors throw
 * {@link UnknownArgument} when what they need is unknown, and {@link EvaluationError} for a wrong type; results
 * are located at the call.
 */
final class Call {
  /** Strings longer than this are refused, so that a configuration cannot make the scan run out of memory. */
  static final int MAX_STRING = 1 << 20;

  private final Evaluator evaluator;
  private final List<Value> args;
  private final Range range;
  private final Scope scope;

  Call(Evaluator evaluator, List<Value> args, Range range, Scope scope) {
    this.evaluator = evaluator;
    this.args = args;
    this.range = range;
    this.scope = scope;
  }

  Range range() {
    return range;
  }

  Scope scope() {
    return scope;
  }

  Evaluator evaluator() {
    return evaluator;
  }

  int size() {
    return args.size();
  }

  /** Checks the number of arguments. */
  Call arity(int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw new EvaluationError("wrong number of arguments: " + args.size());
    }
    return this;
  }

  /** Checks an exact number of arguments. */
  Call arity(int count) {
    return arity(count, count);
  }

  /** The argument as it is, possibly unknown. */
  Value arg(int index) {
    return args.get(index);
  }

  /** All arguments from {@code from} on. */
  List<Value> rest(int from) {
    return args.subList(from, args.size());
  }

  /** The argument, known at its top level. */
  Value known(int index) {
    return known(args.get(index));
  }

  static Value known(Value value) {
    if (!value.isKnown()) {
      throw new UnknownArgument();
    }
    return value;
  }

  /** The argument, known throughout. */
  Value wholly(int index) {
    Value value = args.get(index);
    if (!Values.whollyKnown(value)) {
      throw new UnknownArgument();
    }
    return value;
  }

  String string(int index) {
    return string(args.get(index));
  }

  static String string(Value value) {
    Value known = known(value);
    if (known instanceof NullValue) {
      throw new EvaluationError("a null string");
    }
    return Conversions.text(known);
  }

  BigDecimal number(int index) {
    Value known = known(index);
    if (known instanceof NullValue) {
      throw new EvaluationError("a null number");
    }
    return Conversions.number(known);
  }

  int integer(int index) {
    return Conversions.integer(notNull(index));
  }

  boolean bool(int index) {
    return Conversions.bool(notNull(index));
  }

  private Value notNull(int index) {
    Value known = known(index);
    if (known instanceof NullValue) {
      throw new EvaluationError("a null argument");
    }
    return known;
  }

  /** The argument as a list (a list, tuple or set); its items may be unknown. */
  List<Value> list(int index) {
    return list(args.get(index));
  }

  static List<Value> list(Value value) {
    if (known(value) instanceof ListValue list) {
      return list.items();
    }
    throw new EvaluationError("a " + Values.typeName(value) + " is not a list");
  }

  /** The argument as a list whose items are all known at their top level. */
  List<Value> knownItems(int index) {
    List<Value> items = list(index);
    items.forEach(Call::known);
    return items;
  }

  /** The argument as a map or object; its values may be unknown. */
  MapValue map(int index) {
    if (known(index) instanceof MapValue map) {
      return map;
    }
    throw new EvaluationError("a " + Values.typeName(args.get(index)) + " is not a map");
  }

  /** Spends budget for {@code count} elements produced. */
  void spend(long count) {
    evaluator.budget().spend(count);
  }

  StringValue text(String value) {
    if (value.length() > MAX_STRING) {
      throw new EvaluationError("a string longer than " + MAX_STRING + " characters");
    }
    return new StringValue(value, range);
  }

  NumberValue number(BigDecimal value) {
    return new NumberValue(value, range);
  }

  BoolValue bool(boolean value) {
    return new BoolValue(value, range);
  }

  ListValue list(List<Value> items) {
    spend(items.size());
    return new ListValue(items, range);
  }

  NullValue nullValue() {
    return new NullValue(range);
  }

  UnknownValue unknown() {
    return evaluator.unknown(range);
  }
}

package dev.bulwark.ansible.jinja;

import dev.bulwark.core.Range;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Evaluates the expressions of one template; what it cannot evaluate is unknown with the template's text. */
final class Evaluator {
  private final String template;
  private final Range range;
  private final Variables variables;

  Evaluator(String template, Range range, Variables variables) {
    this.template = template;
    this.range = range;
    this.variables = variables;
  }

  /** The unknown value this template stands for. */
  Outcome unknown() {
    return new Outcome.Known(new UnknownValue(template, range));
  }

  Range range() {
    return range;
  }

  Outcome evaluate(Expression expression) {
    if (!expression.supported(Filters::supports)) {
      return unknown();
    }
    if (expression instanceof Expression.Literal literal) {
      return new Outcome.Known(literal(literal.value()));
    }
    if (expression instanceof Expression.Name name) {
      return variables.lookup(name.name());
    }
    if (expression instanceof Expression.Attribute attribute) {
      return access(evaluate(attribute.target()), new StringValue(attribute.name(), range));
    }
    if (expression instanceof Expression.Item item) {
      return evaluate(item.index()) instanceof Outcome.Known index && index.value().isKnown()
          ? access(evaluate(item.target()), index.value())
          : unknown();
    }
    if (expression instanceof Expression.ListDisplay list) {
      return list(list.items());
    }
    if (expression instanceof Expression.DictDisplay dict) {
      return dict(dict.entries());
    }
    if (expression instanceof Expression.Not not) {
      return negation(evaluate(not.operand()));
    }
    if (expression instanceof Expression.Equality equality) {
      return equality(evaluate(equality.left()), evaluate(equality.right()), equality.equal());
    }
    if (expression instanceof Expression.Logical logical) {
      return logical(logical);
    }
    if (expression instanceof Expression.Membership membership) {
      return membership(evaluate(membership.item()), evaluate(membership.container()), membership.in());
    }
    if (expression instanceof Expression.Defined defined) {
      return defined(evaluate(defined.operand()), defined.expected());
    }
    return Filters.apply((Expression.FilterCall) expression, this);
  }

  /**
   * Whether {@code operand} is defined, as a boolean that is true when that is {@code expected}: only a variable with
   * a known value is known to be defined. One that is not found may still come from outside the scan (inventory,
   * extra vars), and one set at run time (a fact) may not be set, so both are unknown.
   */
  private Outcome defined(Outcome operand, boolean expected) {
    return operand instanceof Outcome.Known known && known.value().isKnown()
        ? new Outcome.Known(new BoolValue(expected, range))
        : unknown();
  }

  /**
   * {@code not} of {@code operand}, by Python's truth of a known value (false, none, zero, an empty string, list or
   * mapping are false); an undefined operand stays undefined, as Ansible fails on it.
   */
  private Outcome negation(Outcome operand) {
    if (!(operand instanceof Outcome.Known known) || !known.value().isKnown()) {
      return operand instanceof Outcome.Undefined ? operand : unknown();
    }
    return truth(known.value()).<Outcome>map(truth -> new Outcome.Known(new BoolValue(!truth, range)))
        .orElseGet(this::unknown);
  }

  /**
   * {@code left == right} (or {@code !=}) of two known scalars, as Python compares them (a string never equals a
   * number, {@code true} equals 1); lists and mappings are not compared (unknown).
   */
  private Outcome equality(Outcome left, Outcome right, boolean equal) {
    return test(left, right, Evaluator::equal, equal);
  }

  /**
   * Whether {@code test} holds for the values of {@code left} and {@code right}, as a boolean that is true when that
   * is {@code expected}: an undefined operand stays undefined, and an operand that is not known, or a test that
   * cannot decide, makes it unknown.
   */
  private Outcome test(Outcome left, Outcome right, BiFunction<Value, Value, Optional<Boolean>> test,
      boolean expected) {
    if (left instanceof Outcome.Undefined) {
      return left;
    }
    if (right instanceof Outcome.Undefined) {
      return right;
    }
    if (!(left instanceof Outcome.Known a) || !(right instanceof Outcome.Known b) || !a.value().isKnown()
        || !b.value().isKnown()) {
      return unknown();
    }
    return test.apply(a.value(), b.value())
        .<Outcome>map(holds -> new Outcome.Known(new BoolValue(holds == expected, range)))
        .orElseGet(this::unknown);
  }

  private static Optional<Boolean> equal(Value a, Value b) {
    Optional<BigDecimal> x = number(a);
    Optional<BigDecimal> y = number(b);
    if (x.isPresent() && y.isPresent()) {
      return Optional.of(x.get().compareTo(y.get()) == 0);
    }
    if (a instanceof StringValue s && b instanceof StringValue t) {
      return Optional.of(s.value().equals(t.value()));
    }
    if (a instanceof NullValue || b instanceof NullValue) {
      return Optional.of(a instanceof NullValue && b instanceof NullValue);
    }
    boolean scalars = (x.isPresent() || a instanceof StringValue) && (y.isPresent() || b instanceof StringValue);
    return scalars ? Optional.of(false) : Optional.empty();
  }

  /**
   * {@code item in container} (or {@code not in}): an item of a known list, a key of a mapping, a substring of a
   * string; unknown when an item cannot be compared or either side is not known.
   */
  private Outcome membership(Outcome item, Outcome container, boolean in) {
    return test(item, container, (part, whole) -> contains(whole, part), in);
  }

  private static Optional<Boolean> contains(Value container, Value item) {
    if (container instanceof StringValue text) {
      return item instanceof StringValue part ? Optional.of(text.value().contains(part.value())) : Optional.empty();
    }
    if (container instanceof MapValue map) {
      return item instanceof StringValue key ? Optional.of(map.entries().containsKey(key.value())) : Optional.empty();
    }
    if (!(container instanceof ListValue list)) {
      return Optional.empty();
    }
    boolean undecided = false;
    for (Value candidate : list.items()) {
      Optional<Boolean> same = candidate.isKnown() ? equal(candidate, item) : Optional.empty();
      if (same.orElse(false)) {
        return Optional.of(true);
      }
      undecided |= same.isEmpty();
    }
    return undecided ? Optional.empty() : Optional.of(false);
  }

  /** A number, or a boolean as Python counts it (1 or 0). */
  private static Optional<BigDecimal> number(Value value) {
    if (value instanceof NumberValue number) {
      return Optional.of(number.value());
    }
    return value instanceof BoolValue bool ? Optional.of(bool.value() ? BigDecimal.ONE : BigDecimal.ZERO)
        : Optional.empty();
  }

  /** {@code and} and {@code or} as Python evaluates them: the left operand when it decides, else the right. */
  private Outcome logical(Expression.Logical logical) {
    Outcome left = evaluate(logical.left());
    if (left instanceof Outcome.Undefined) {
      return left;
    }
    Optional<Boolean> truth = left instanceof Outcome.Known known && known.value().isKnown()
        ? truth(known.value())
        : Optional.empty();
    if (truth.isEmpty()) {
      return unknown();
    }
    boolean decides = truth.get() == (logical.operator() == Expression.Logical.Operator.OR);
    return decides ? left : evaluate(logical.right());
  }

  private static Optional<Boolean> truth(Value value) {
    if (value instanceof BoolValue bool) {
      return Optional.of(bool.value());
    }
    if (value instanceof NullValue) {
      return Optional.of(false);
    }
    if (value instanceof NumberValue number) {
      return Optional.of(number.value().signum() != 0);
    }
    if (value instanceof StringValue text) {
      return Optional.of(!text.value().isEmpty());
    }
    if (value instanceof ListValue list) {
      return Optional.of(!list.items().isEmpty());
    }
    return value instanceof MapValue map ? Optional.of(!map.entries().isEmpty()) : Optional.empty();
  }

  private Value literal(Object value) {
    if (value == null) {
      return new NullValue(range);
    }
    if (value instanceof Boolean bool) {
      return new BoolValue(bool, range);
    }
    if (value instanceof BigDecimal number) {
      return new NumberValue(number, range);
    }
    return new StringValue((String) value, range);
  }

  private Outcome list(List<Expression> items) {
    List<Value> values = new ArrayList<>();
    for (Expression item : items) {
      values.add(valueOrUnknown(evaluate(item)));
    }
    return new Outcome.Known(new ListValue(values, range));
  }

  private Outcome dict(List<Map.Entry<Expression, Expression>> entries) {
    List<MapEntry> values = new ArrayList<>();
    for (Map.Entry<Expression, Expression> entry : entries) {
      Optional<String> key = evaluate(entry.getKey()) instanceof Outcome.Known known
          ? PythonText.of(known.value())
          : Optional.empty();
      if (key.isEmpty()) {
        return unknown();
      }
      values.add(new MapEntry(key.get(), range, valueOrUnknown(evaluate(entry.getValue()))));
    }
    return new Outcome.Known(MapValue.of(values, range));
  }

  /** The value of {@code outcome}, or unknown for an undefined variable or {@code omit}. */
  Value valueOrUnknown(Outcome outcome) {
    return outcome instanceof Outcome.Known known ? known.value() : new UnknownValue(template, range);
  }

  /** A value taken out of {@code container}: without an origin of its own, it came the container's way. */
  private static Value within(Value item, Value container) {
    return item.origin().isEmpty() ? item.withOriginPrefix(container.origin()) : item;
  }

  /** {@code target.key} or {@code target[key]}: a missing key or index is undefined, as in Jinja. */
  private Outcome access(Outcome target, Value key) {
    if (target instanceof Outcome.Undefined undefined) {
      return new Outcome.Undefined(undefined.name() + "." + PythonText.of(key).orElse("?"));
    }
    if (!(target instanceof Outcome.Known known) || !known.value().isKnown()) {
      return unknown();
    }
    Value value = known.value();
    if (value instanceof MapValue map) {
      Optional<String> name = PythonText.of(key);
      return name.flatMap(map::get).<Outcome>map(item -> new Outcome.Known(within(item, map)))
          .orElseGet(() -> new Outcome.Undefined(name.orElse("?")));
    }
    if (value instanceof ListValue list && key.asNumber().isPresent()) {
      int size = list.items().size();
      int index = key.asNumber().get().intValue();
      int at = index < 0 ? size + index : index;
      return at >= 0 && at < size
          ? new Outcome.Known(within(list.items().get(at), list))
          : new Outcome.Undefined("[" + index + "]");
    }
    return new Outcome.Undefined(PythonText.of(key).orElse("?"));
  }
}

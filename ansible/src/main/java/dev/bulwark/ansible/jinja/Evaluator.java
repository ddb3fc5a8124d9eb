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
    if (expression instanceof Expression.Comparison comparison) {
      return comparison(evaluate(comparison.left()), comparison.operator(), evaluate(comparison.right()));
    }
    if (expression instanceof Expression.Logical logical) {
      return logical(logical);
    }
    if (expression instanceof Expression.Membership membership) {
      return membership(evaluate(membership.item()), evaluate(membership.container()), membership.in());
    }
    if (expression instanceof Expression.Is is) {
      return is(evaluate(is.operand()), is.test());
    }
    if (expression instanceof Expression.Conditional conditional) {
      return conditional(conditional);
    }
    if (expression instanceof Expression.Arithmetic arithmetic) {
      return binary(evaluate(arithmetic.left()), evaluate(arithmetic.right()),
          (a, b) -> Arithmetic.apply(arithmetic.operator(), a, b, range));
    }
    if (expression instanceof Expression.Concat concat) {
      return concatenation(concat.parts());
    }
    if (expression instanceof Expression.Lookup lookup) {
      return Lookups.apply(lookup, this, variables);
    }
    return Filters.apply((Expression.FilterCall) expression, this);
  }

  /** {@code a if condition else b}: the branch the condition's Python truth picks. */
  private Outcome conditional(Expression.Conditional conditional) {
    Outcome condition = evaluate(conditional.condition());
    if (condition instanceof Outcome.Undefined) {
      return condition;
    }
    return truthOf(condition).map(holds -> evaluate(holds ? conditional.whenTrue() : conditional.whenFalse()))
        .orElseGet(this::unknown);
  }

  /** {@code a ~ b}: the Python text of each operand, joined. */
  private Outcome concatenation(List<Expression> parts) {
    StringBuilder text = new StringBuilder();
    for (Expression part : parts) {
      Outcome outcome = evaluate(part);
      if (outcome instanceof Outcome.Undefined) {
        return outcome;
      }
      Optional<String> piece = outcome instanceof Outcome.Known known ? PythonText.of(known.value())
          : Optional.empty();
      if (piece.isEmpty()) {
        return unknown();
      }
      text.append(piece.get());
    }
    return new Outcome.Known(new StringValue(text.toString(), range));
  }

  /**
   * Whether {@code test} holds for {@code operand}, which must have a known value: only a variable with a known value
   * is known to be defined, and to be of a type. One that is not found may still come from outside the scan
   * (inventory, extra vars), and one set at run time (a fact) may not be set, so both are unknown.
   */
  private Outcome is(Outcome operand, Expression.Is.Test test) {
    return operand instanceof Outcome.Known known && known.value().isKnown()
        ? new Outcome.Known(new BoolValue(Tests.holds(test, known.value()), range))
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
   * {@code left == right}, {@code left < right} and the like of two known values, as Python compares them (see
   * {@link Comparisons}): where Python raises, as it does ordering a string and a number, the result is unknown.
   */
  private Outcome comparison(Outcome left, Expression.Comparison.Operator operator, Outcome right) {
    return switch (operator) {
      case EQ -> test(left, right, Comparisons::equal, true);
      case NE -> test(left, right, Comparisons::equal, false);
      case LT -> test(left, right, (a, b) -> Comparisons.order(a, b).map(sign -> sign < 0), true);
      case LE -> test(left, right, (a, b) -> Comparisons.order(a, b).map(sign -> sign <= 0), true);
      case GT -> test(left, right, (a, b) -> Comparisons.order(a, b).map(sign -> sign > 0), true);
      case GE -> test(left, right, (a, b) -> Comparisons.order(a, b).map(sign -> sign >= 0), true);
    };
  }

  /**
   * Whether {@code test} holds for the values of {@code left} and {@code right}, as a boolean that is true when that
   * is {@code expected}: an undefined operand stays undefined, and an operand that is not known, or a test that
   * cannot decide, makes it unknown.
   */
  private Outcome test(Outcome left, Outcome right, BiFunction<Value, Value, Optional<Boolean>> test,
      boolean expected) {
    return binary(left, right, (a, b) -> test.apply(a, b).map(holds -> new BoolValue(holds == expected, range)));
  }

  /**
   * What {@code operation} makes of the values of {@code left} and {@code right}: an undefined operand stays
   * undefined, and an operand that is not known, or an operation that gives nothing, makes it unknown.
   */
  private Outcome binary(Outcome left, Outcome right, BiFunction<Value, Value, Optional<Value>> operation) {
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
    return operation.apply(a.value(), b.value()).<Outcome>map(Outcome.Known::new).orElseGet(this::unknown);
  }

  /**
   * {@code item in container} (or {@code not in}): an item of a known list, a key of a mapping, a substring of a
   * string; unknown when an item cannot be compared or either side is not known.
   */
  private Outcome membership(Outcome item, Outcome container, boolean in) {
    return test(item, container, (part, whole) -> Comparisons.contains(whole, part), in);
  }

  /** {@code and} and {@code or} as Python evaluates them: the left operand when it decides, else the right. */
  private Outcome logical(Expression.Logical logical) {
    Outcome left = evaluate(logical.left());
    if (left instanceof Outcome.Undefined) {
      return left;
    }
    Optional<Boolean> truth = truthOf(left);
    if (truth.isEmpty()) {
      return unknown();
    }
    boolean decides = truth.get() == (logical.operator() == Expression.Logical.Operator.OR);
    return decides ? left : evaluate(logical.right());
  }

  /** The Python truth of an outcome's value; empty when it has no known value. */
  private static Optional<Boolean> truthOf(Outcome outcome) {
    return outcome instanceof Outcome.Known known && known.value().isKnown() ? truth(known.value())
        : Optional.empty();
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

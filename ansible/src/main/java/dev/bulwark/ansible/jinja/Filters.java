package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filters the resolver evaluates, with Jinja's and Ansible's semantics: {@code default}, {@code bool},
 * {@code lower}, {@code upper}, {@code string}, {@code int}, {@code ternary} and {@code mandatory} here, and those of
 * {@link CollectionFilters} and {@link JsonFilters}.
 */
final class Filters {
  private static final Set<String> SUPPORTED = Set.of("default", "d", "bool", "lower", "upper", "string", "int",
      "ternary", "mandatory");
  private static final Set<String> TRUE_STRINGS = Set.of("yes", "on", "1", "true");

  private Filters() {}

  /** Whether this class evaluates the filter {@code call} names. */
  static boolean supports(Expression.FilterCall call) {
    String name = name(call);
    return SUPPORTED.contains(name) || CollectionFilters.NAMES.contains(name) || JsonFilters.NAMES.contains(name);
  }

  private static String name(Expression.FilterCall call) {
    return Builtins.shortName(call.name());
  }

  static Outcome apply(Expression.FilterCall call, Evaluator evaluator) {
    Outcome input = evaluator.evaluate(call.input());
    String name = name(call);
    if (name.equals("default") || name.equals("d")) {
      return fallback(call, input, evaluator);
    }
    if (!(input instanceof Outcome.Known known) || !known.value().isKnown()) {
      return evaluator.unknown();
    }
    Value value = known.value();
    return switch (name) {
      case "bool" -> new Outcome.Known(bool(value));
      case "lower", "upper" -> PythonText.of(value)
          .<Outcome>map(text -> new Outcome.Known(new StringValue(
              name.equals("lower") ? text.toLowerCase(Locale.ROOT) : text.toUpperCase(Locale.ROOT),
              value.range(), value.origin())))
          .orElseGet(evaluator::unknown);
      case "string" -> PythonText.of(value)
          .<Outcome>map(text -> new Outcome.Known(new StringValue(text, value.range(), value.origin())))
          .orElseGet(evaluator::unknown);
      case "int" -> new Outcome.Known(new NumberValue(integer(value), value.range(), value.origin()));
      case "ternary" -> ternary(call, value, evaluator);
      case "mandatory" -> input;
      case "to_json", "to_nice_json", "from_json" -> JsonFilters.apply(name, call, value)
          .<Outcome>map(Outcome.Known::new).orElseGet(evaluator::unknown);
      default -> CollectionFilters.apply(name, call, value, evaluator);
    };
  }

  /** {@code default(value, boolean=false)}: the fallback for an undefined input, or a falsy one with boolean. */
  private static Outcome fallback(Expression.FilterCall call, Outcome input, Evaluator evaluator) {
    List<Expression> arguments = call.arguments();
    Outcome fallback = arguments.isEmpty()
        ? new Outcome.Known(new StringValue("", evaluator.range()))
        : evaluator.evaluate(arguments.get(0));
    if (input instanceof Outcome.Undefined) {
      return fallback;
    }
    Optional<Expression> flag = arguments.size() > 1
        ? Optional.of(arguments.get(1))
        : Optional.ofNullable(call.keywords().get("boolean"));
    if (flag.isEmpty() || !(input instanceof Outcome.Known known)) {
      return input;
    }
    Optional<Boolean> checkFalsy = truth(evaluator.evaluate(flag.get()));
    if (checkFalsy.isEmpty() || !known.value().isKnown()) {
      return evaluator.unknown();
    }
    if (!checkFalsy.get()) {
      return input;
    }
    return PythonText.truth(known.value()).map(truthy -> truthy ? input : fallback).orElseGet(evaluator::unknown);
  }

  private static Optional<Boolean> truth(Outcome outcome) {
    return outcome instanceof Outcome.Known known ? PythonText.truth(known.value()) : Optional.empty();
  }

  /** Ansible's {@code bool}: none stays none; yes/on/1/true (any case) and the number 1 are true; all else false. */
  private static Value bool(Value value) {
    if (value instanceof BoolValue || value instanceof NullValue) {
      return value;
    }
    boolean result = value instanceof StringValue string
        ? TRUE_STRINGS.contains(string.value().toLowerCase(Locale.ROOT))
        : value instanceof NumberValue number && number.value().compareTo(BigDecimal.ONE) == 0;
    return new BoolValue(result, value.range(), value.origin());
  }

  /** Jinja's {@code int}: an integer, a decimal string truncated, a boolean as 0 or 1, anything else 0. */
  private static BigDecimal integer(Value value) {
    if (value instanceof BoolValue bool) {
      return bool.value() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    Optional<BigDecimal> number = value instanceof StringValue string
        ? parse(string.value().strip().replace("_", ""))
        : value.asNumber();
    return number.map(n -> n.setScale(0, RoundingMode.DOWN)).orElse(BigDecimal.ZERO);
  }

  private static Optional<BigDecimal> parse(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code ternary(true_value, false_value, none_value)} by Python truth. */
  private static Outcome ternary(Expression.FilterCall call, Value value, Evaluator evaluator) {
    List<Expression> arguments = call.arguments();
    Map<String, Expression> keywords = call.keywords();
    Optional<Expression> whenTrue = argument(arguments, keywords, 0, "true_val");
    Optional<Expression> whenFalse = argument(arguments, keywords, 1, "false_val");
    Optional<Expression> whenNone = argument(arguments, keywords, 2, "none_val");
    if (whenTrue.isEmpty() || whenFalse.isEmpty()) {
      return evaluator.unknown();
    }
    if (value instanceof NullValue && whenNone.isPresent()) {
      return evaluator.evaluate(whenNone.get());
    }
    return PythonText.truth(value)
        .map(truthy -> evaluator.evaluate(truthy ? whenTrue.get() : whenFalse.get()))
        .orElseGet(evaluator::unknown);
  }

  private static Optional<Expression> argument(List<Expression> arguments, Map<String, Expression> keywords,
      int index, String keyword) {
    return index < arguments.size() ? Optional.of(arguments.get(index)) : Optional.ofNullable(keywords.get(keyword));
  }
}

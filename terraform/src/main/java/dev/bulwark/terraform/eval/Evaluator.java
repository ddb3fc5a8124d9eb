package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates HCL expressions over known values to located values. Anything that depends on an unknown value is
 * unknown, located at the expression with its source text; an expression Terraform would reject is unknown too, so
 * no exception escapes {@link #evaluate}.
 *
 * <p>Every value it returns is located within the expression it evaluated, or at the call site of the module being
 * evaluated: a value read through a reference ({@code var.x}, {@code local.y}, {@code each.value}) is moved to
 * where it is used, and the place it came from is added to its origin. One evaluator serves one unit; it is not
 * thread-safe.
 */
public final class Evaluator {
  static final String FROM_HERE = "the value comes from here";
  private static final int MAX_TEXT = 200;

  private final Budget budget;
  private final Function<Range, String> texts;
  private final Functions functions;

  /**
   * @param budget   bounds the work of this unit
   * @param texts    the source text of a range, for unknown values
   * @param settings the scan's limits, honoured by functions that read files or decode documents
   */
  public Evaluator(Budget budget, Function<Range, String> texts, ScanSettings settings) {
    this.budget = budget;
    this.texts = texts;
    this.functions = new Functions(settings);
  }

  /** The value of {@code expression} in {@code scope}: unknown when it cannot be known, never an exception. */
  public Value evaluate(Expression expression, Scope scope) {
    try {
      return value(expression, Env.of(scope));
    } catch (EvaluationError e) {
      return unknown(expression.range());
    } catch (StackOverflowError e) {
      budget.overflowed();
      return unknown(expression.range());
    }
  }

  /** Like {@link #evaluate}, but an expression Terraform would reject throws {@link EvaluationError}. */
  public Value evaluateStrictly(Expression expression, Scope scope) {
    try {
      return value(expression, Env.of(scope));
    } catch (StackOverflowError e) {
      budget.overflowed();
      throw new EvaluationError("nested too deeply");
    }
  }

  /** An unknown value standing for the source at {@code range}. */
  public UnknownValue unknown(Range range) {
    String text = texts.apply(range);
    return new UnknownValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text, range);
  }

  Budget budget() {
    return budget;
  }

  Value value(Expression expression, Env env) {
    budget.enter();
    try {
      budget.spend(1);
      return compute(expression, env);
    } finally {
      budget.leave();
    }
  }

  private Value compute(Expression expression, Env env) {
    if (expression instanceof Expression.NumberLiteral number) {
      return new NumberValue(number.value(), number.range());
    }
    if (expression instanceof Expression.BoolLiteral bool) {
      return new BoolValue(bool.value(), bool.range());
    }
    if (expression instanceof Expression.NullLiteral literal) {
      return new NullValue(literal.range());
    }
    if (expression instanceof Expression.Template template) {
      return new Templates(this).value(template, env);
    }
    if (expression instanceof Expression.Tuple tuple) {
      List<Value> items = new ArrayList<>(tuple.items().size());
      tuple.items().forEach(item -> items.add(value(item, env)));
      return new ListValue(items, tuple.range());
    }
    if (expression instanceof Expression.ObjectCons object) {
      return object(object, env);
    }
    if (expression instanceof Expression.Parens parens) {
      return value(parens.inner(), env);
    }
    if (expression instanceof Expression.FunctionCall call) {
      return call(call, env);
    }
    if (expression instanceof Expression.Conditional conditional) {
      return conditional(conditional, env);
    }
    if (expression instanceof Expression.Unary unary) {
      return Operators.unary(this, unary, env);
    }
    if (expression instanceof Expression.Binary binary) {
      return Operators.binary(this, binary, env);
    }
    if (expression instanceof Expression.For forExpression) {
      return new ForExpressions(this).value(forExpression, env);
    }
    Operand operand = operand(expression, env);
    if (operand instanceof LazyObject lazy) {
      return lazy.value(expression.range());
    }
    return locate((Operand.Plain) operand, expression.range(), env);
  }

  /** What a traversal (or any expression) stands for, without materializing lazy objects. */
  Operand operand(Expression expression, Env env) {
    if (expression instanceof Expression.Variable variable) {
      return env.lookup(variable.name(), variable.range());
    }
    if (expression instanceof Expression.SplatItem) {
      return env.splatItem();
    }
    if (expression instanceof Expression.GetAttr getAttr) {
      Operand target = operand(getAttr.target(), env);
      if (target instanceof LazyObject lazy) {
        return lazy.attribute(getAttr.name().name(), getAttr.range());
      }
      Operand.Plain plain = (Operand.Plain) target;
      String name = getAttr.name().name();
      if (env.scope().read(plain.value()) && plain.value() instanceof MapValue object
          && !object.entries().containsKey(name)) {
        return plain.with(unknown(getAttr.range()));
      }
      return plain.with(step(Steps.attribute(plain.value(), name), getAttr.range()));
    }
    if (expression instanceof Expression.Index index) {
      Operand target = operand(index.target(), env);
      Value key = value(index.key(), env);
      if (target instanceof LazyObject lazy) {
        return lazy.index(key, index.range());
      }
      Operand.Plain plain = (Operand.Plain) target;
      env.scope().read(plain.value());
      return plain.with(step(Steps.index(plain.value(), key), index.range()));
    }
    if (expression instanceof Expression.Splat splat) {
      return Operand.Plain.of(splat(splat, env));
    }
    return Operand.Plain.of(value(expression, env));
  }

  /** The result of a step: an unknown one stands for the whole step, with the origin of what made it unknown. */
  private Value step(Value result, Range range) {
    return result instanceof UnknownValue unknown && !unknown.range().equals(range)
        ? unknown(range).withOriginPrefix(unknown.origin())
        : result;
  }

  private Value splat(Expression.Splat splat, Env env) {
    Operand source = operand(splat.source(), env);
    List<Operand> items;
    if (source instanceof LazyObject lazy) {
      items = lazy.splatItems(splat.range());
    } else {
      Operand.Plain plain = (Operand.Plain) source;
      Value value = plain.value();
      if (value instanceof UnknownValue) {
        return unknown(splat.range());
      }
      if (value instanceof NullValue) {
        return new ListValue(List.of(), splat.range());
      }
      items = value instanceof ListValue list
          ? list.items().stream().map(item -> (Operand) plain.with(item)).toList()
          : List.of(plain);
    }
    budget.spend(items.size());
    List<Value> results = new ArrayList<>(items.size());
    for (Operand item : items) {
      results.add(value(splat.each(), env.splat(item)));
    }
    return new ListValue(results, splat.range());
  }

  private Value object(Expression.ObjectCons object, Env env) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    boolean unknownKey = false;
    for (Expression.ObjectItem item : object.items()) {
      Value value = value(item.value(), env);
      if (item.key() instanceof Expression.Variable bare) {
        entries.put(bare.name(), new MapEntry(bare.name(), bare.range(), value));
        continue;
      }
      Value key = value(item.key(), env);
      if (!key.isKnown()) {
        unknownKey = true;
      } else if (key instanceof NullValue) {
        throw new EvaluationError("an object key cannot be null");
      } else {
        String name = Conversions.text(key);
        entries.put(name, new MapEntry(name, item.key().range(), value));
      }
    }
    return unknownKey ? unknown(object.range()) : new MapValue(entries, object.range());
  }

  private Value conditional(Expression.Conditional conditional, Env env) {
    Value condition = value(conditional.condition(), env);
    List<RelatedLocation> why = trail(condition, conditional.condition().range());
    if (!condition.isKnown()) {
      return unknown(conditional.range()).withOriginPrefix(why);
    }
    if (condition instanceof NullValue) {
      throw new EvaluationError("the condition is null");
    }
    Value chosen = value(Conversions.bool(condition) ? conditional.whenTrue() : conditional.whenFalse(), env);
    return why.isEmpty() ? chosen : Values.at(chosen, chosen.range(), Values.join(why, chosen.origin()));
  }

  private Value call(Expression.FunctionCall call, Env env) {
    String name = call.name().name();
    if (name.equals("try")) {
      return locate(Operand.Plain.of(TryAndCan.tryValue(this, call, env)), call.range(), env);
    }
    if (name.equals("can")) {
      return TryAndCan.can(this, call, env);
    }
    List<Value> args = new ArrayList<>(call.args().size());
    List<RelatedLocation> why = List.of();
    for (Expression arg : call.args()) {
      Value value = value(arg, env);
      args.add(value);
      why = Values.join(why, argumentTrail(value, arg.range()));
    }
    if (call.expandFinal()) {
      Value last = args.remove(args.size() - 1);
      if (!last.isKnown()) {
        return unknown(call.range());
      }
      args.addAll(last.asList().orElseThrow(() -> new EvaluationError("only a list can be expanded")));
    }
    Value result = functions.call(name, new Call(this, args, call.range(), env.scope()));
    return locate(Operand.Plain.of(explained(result, why)), call.range(), env);
  }

  /**
   * The related locations that explain {@code value} as a function's argument at {@code range}: its {@link #trail};
   * for a list or map written in place, which has none, those of its items (a function reads what they hold), as far
   * as an origin can be long.
   */
  private static List<RelatedLocation> argumentTrail(Value value, Range range) {
    List<RelatedLocation> why = trail(value, range);
    if (!why.isEmpty()) {
      return why;
    }
    List<Value> items = value instanceof ListValue list ? list.items()
        : value instanceof MapValue map ? map.entries().values().stream().map(MapEntry::value).toList()
        : List.of();
    for (Value item : items) {
      if (why.size() >= Values.MAX_ORIGIN) {
        break;
      }
      why = Values.join(why, argumentTrail(item, range));
    }
    return why;
  }

  /**
   * A function's result, explained by where its arguments came from (a variable's default, a module's call site)
   * after what it already carries; an unknown result as it is.
   */
  private static Value explained(Value result, List<RelatedLocation> why) {
    if (why.isEmpty() || result instanceof UnknownValue) {
      return result;
    }
    return Values.at(result, result.range(), Values.join(result.origin(), why));
  }

  /**
   * The value of {@code operand} used at {@code range}: as it is when it lies within the range or was set at the
   * module's call site (then the use gets a related location, if the operand describes one); otherwise moved to
   * the range, with where it was as the first hop of its origin.
   */
  Value locate(Operand.Plain operand, Range range, Env env) {
    Value value = operand.value();
    if (range.contains(value.range())) {
      return value;
    }
    if (operand.callSite() || env.scope().isCallSite(value.range())) {
      return operand.source().isEmpty() || !operand.callSite()
          ? value
          : value.withOriginPrefix(List.of(new RelatedLocation(range, operand.source())));
    }
    String message = operand.source().isEmpty() ? FROM_HERE : operand.source();
    List<RelatedLocation> origin = Values.join(List.of(new RelatedLocation(value.range(), message)), value.origin());
    if (value instanceof UnknownValue) {
      return new UnknownValue(unknown(range).expression(), range, origin);
    }
    Value moved = Values.at(value, range, origin);
    env.scope().moved(value, moved);
    return moved;
  }

  /**
   * The related locations that explain {@code value} as an operand of the expression at {@code range}: its origin,
   * after its own location when that lies outside the expression (a value set at a module's call site).
   */
  static List<RelatedLocation> trail(Value value, Range range) {
    return range.contains(value.range())
        ? value.origin()
        : Values.join(List.of(new RelatedLocation(value.range(), FROM_HERE)), value.origin());
  }
}

package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Values;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instances a resource or module block declares: one; one per {@code count} index; one per {@code for_each}
 * key, in key order; none when OpenTofu's {@code lifecycle { enabled }} is false. When the count or the keys are
 * unknown (or over {@link UnitContext#MAX_INSTANCES}), one instance without a key stands for all of them, with
 * {@code count.index}, {@code each.key} and {@code each.value} unknown; so does one whose {@code enabled} is unknown.
 */
record Expansion(Mode mode, List<Member> members) {
  /** How the instances were made. */
  enum Mode {
    SINGLE,
    COUNT,
    FOR_EACH,
    UNKNOWN,
    /** {@code enabled} is false: no instance, and the block's value is null. */
    DISABLED
  }

  /** One instance: its key, and the names {@code count} or {@code each} bound for it. */
  record Member(InstanceKey key, Map<String, Operand> bindings) {}

  static final Expansion SINGLE = new Expansion(Mode.SINGLE, List.of(new Member(InstanceKey.NONE, Map.of())));
  private static final Expansion DISABLED = new Expansion(Mode.DISABLED, List.of());
  private static final String LIFECYCLE = "lifecycle";
  private static final String ENABLED = "enabled";

  /** The expansion of {@code body}'s {@code count} or {@code for_each}, evaluated in {@code scope}. */
  static Expansion of(Body body, InstanceScope scope, UnitContext unit) {
    Optional<Body.Attribute> count = body.attribute("count");
    Optional<Body.Attribute> forEach = body.attribute("for_each");
    if (count.isPresent()) {
      Value value = unit.evaluate(count.get().value(), scope);
      return forEach.isPresent() ? unknown("count", value.range(), unit)
          : count(guarded(count.get().value(), value, scope, unit), unit);
    }
    if (forEach.isPresent()) {
      Expression expression = forEach.get().value();
      return forEach(guarded(expression, unit.evaluate(expression, scope), scope, unit), unit);
    }
    return enabled(body).map(expression -> enabled(unit.evaluate(expression, scope))).orElse(SINGLE);
  }

  /**
   * The instances of a block whose {@code count} or {@code for_each} is {@code condition ? instances : none} (in
   * either order) with an unknown condition: {@code instances}, which are the block's instances whenever it has any,
   * as a block of unknown expansion is analysed as present. Otherwise {@code value}, the expression's value.
   */
  private static Value guarded(Expression expression, Value value, InstanceScope scope, UnitContext unit) {
    Expression inner = expression;
    while (inner instanceof Expression.Parens parens) {
      inner = parens.inner();
    }
    if (value.isKnown() || !(inner instanceof Expression.Conditional conditional)
        || unit.evaluate(conditional.condition(), scope).isKnown()) {
      return value;
    }
    Value whenTrue = unit.evaluate(conditional.whenTrue(), scope);
    Value whenFalse = unit.evaluate(conditional.whenFalse(), scope);
    if (none(whenFalse) != none(whenTrue)) {
      return none(whenFalse) ? whenTrue : whenFalse;
    }
    return value;
  }

  /** Whether {@code value} makes no instance: a count of 0, or an empty map, set or list. */
  private static boolean none(Value value) {
    return value.asNumber().filter(number -> number.signum() == 0).isPresent()
        || value instanceof MapValue map && map.entries().isEmpty()
        || value instanceof ListValue list && list.items().isEmpty();
  }

  /** The expression of {@code lifecycle { enabled }}: a block in native syntax, an object in JSON syntax. */
  private static Optional<Expression> enabled(Body body) {
    Optional<Expression> inBlock = body.blocks().stream()
        .filter(block -> block.type().name().equals(LIFECYCLE))
        .flatMap(block -> block.body().attribute(ENABLED).stream())
        .map(Body.Attribute::value)
        .findFirst();
    return inBlock.or(() -> body.attribute(LIFECYCLE)
        .filter(attribute -> attribute.value() instanceof Expression.ObjectCons)
        .flatMap(attribute -> ((Expression.ObjectCons) attribute.value()).items().stream()
            .filter(item -> item.key() instanceof Expression.Template key
                && key.literal().filter(ENABLED::equals).isPresent())
            .map(Expression.ObjectItem::value)
            .findFirst()));
  }

  private static Expansion enabled(Value value) {
    if (!value.isKnown()) {
      return new Expansion(Mode.UNKNOWN, List.of(new Member(InstanceKey.NONE, Map.of())));
    }
    return value.asBoolean().filter(enabled -> !enabled).isPresent() ? DISABLED : SINGLE;
  }

  private static Expansion count(Value value, UnitContext unit) {
    Optional<BigDecimal> number = value instanceof NumberValue || value instanceof StringValue
        ? value.asNumber() : Optional.empty();
    if (number.isEmpty() || number.get().signum() < 0 || !Values.whollyKnown(value)
        || number.get().stripTrailingZeros().scale() > 0) {
      return unknown("count", value.range(), unit);
    }
    if (number.get().compareTo(BigDecimal.valueOf(UnitContext.MAX_INSTANCES)) > 0) {
      return overLimit("count", value.range(), unit);
    }
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < number.get().intValue(); i++) {
      Value index = new NumberValue(BigDecimal.valueOf(i), value.range());
      members.add(new Member(InstanceKey.of(i), Map.of("count", object("count", value.range(),
          Map.of("index", index)))));
    }
    return new Expansion(Mode.COUNT, members);
  }

  private static Expansion forEach(Value value, UnitContext unit) {
    List<MapEntry> elements = new ArrayList<>();
    if (value instanceof MapValue map) {
      elements.addAll(map.entries().values());
    } else if (value instanceof ListValue list && list.items().stream().allMatch(StringValue.class::isInstance)) {
      list.items().forEach(item -> elements.add(new MapEntry(((StringValue) item).value(), item.range(), item)));
    } else {
      return unknown("each", value.range(), unit);
    }
    if (elements.size() > UnitContext.MAX_INSTANCES) {
      return overLimit("each", value.range(), unit);
    }
    elements.sort(Comparator.comparing(MapEntry::key));
    List<Member> members = new ArrayList<>();
    String previous = null;
    for (MapEntry element : elements) {
      if (element.key().equals(previous)) {
        continue;
      }
      previous = element.key();
      Value key = new StringValue(element.key(), element.keyRange());
      members.add(new Member(InstanceKey.of(element.key()),
          Map.of("each", object("each", value.range(), Map.of("key", key, "value", element.value())))));
    }
    return new Expansion(Mode.FOR_EACH, members);
  }

  private static Expansion overLimit(String name, Range range, UnitContext unit) {
    unit.report().warn(range, "expansion-limit", "more than " + UnitContext.MAX_INSTANCES
        + " instances: they are analysed as one instance whose " + name + " is unknown");
    return unknown(name, range, unit);
  }

  private static Expansion unknown(String name, Range range, UnitContext unit) {
    Value unknown = unit.evaluator().unknown(range);
    Map<String, Value> fields = name.equals("count")
        ? Map.of("index", unknown)
        : Map.of("key", unknown, "value", unknown);
    return new Expansion(Mode.UNKNOWN, List.of(new Member(InstanceKey.NONE,
        Map.of(name, object(name, range, fields)))));
  }

  /** The object {@code count} or {@code each} stands for, and how a value read from it is described. */
  private static Operand object(String name, Range range, Map<String, Value> fields) {
    List<MapEntry> entries = new ArrayList<>();
    fields.forEach((field, value) -> entries.add(new MapEntry(field, range, value)));
    String source = name.equals("count") ? "`count.index` of the instance" : "element of the `for_each`";
    return new Operand.Plain(MapValue.of(entries, range), source, false);
  }
}

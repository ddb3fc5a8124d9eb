package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [for k, v in c : value if cond]} and <code>{for k, v in c : key => value... if cond}</code>. The result is
 * unknown when the collection is, or when a condition or a key is: then which elements are kept is not known.
 */
final class ForExpressions {
  private final Evaluator evaluator;

  ForExpressions(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value value(Expression.For expression, Env env) {
    Value collection = evaluator.value(expression.collection(), env);
    Range range = expression.range();
    List<RelatedLocation> why = Evaluator.trail(collection, expression.collection().range());
    if (!collection.isKnown()) {
      return evaluator.unknown(range).withOriginPrefix(why);
    }
    if (collection instanceof NullValue) {
      throw new EvaluationError("cannot iterate over null");
    }
    List<Value> items = new ArrayList<>();
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    String keyName = expression.keyVariable().map(id -> id.name()).orElse(null);
    String valueName = expression.valueVariable().name();
    for (Values.Element element : Values.elements(collection)) {
      evaluator.budget().spend(1);
      Env inner = (keyName == null ? env : env.bind(keyName, element.key())).bind(valueName, element.value());
      if (expression.condition().isPresent()) {
        Value keep = evaluator.value(expression.condition().get(), inner);
        if (!keep.isKnown()) {
          return evaluator.unknown(range).withOriginPrefix(why);
        }
        if (keep instanceof NullValue || !Conversions.bool(keep)) {
          continue;
        }
      }
      Value value = evaluator.value(expression.value(), inner);
      if (expression.key().isEmpty()) {
        items.add(value);
        continue;
      }
      Expression keyExpression = expression.key().get();
      Value key = evaluator.value(keyExpression, inner);
      if (key instanceof UnknownValue) {
        return evaluator.unknown(range).withOriginPrefix(why);
      }
      if (key instanceof NullValue) {
        throw new EvaluationError("a for expression's key is null");
      }
      String name = Conversions.text(key);
      if (expression.grouping()) {
        groups.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else if (entries.putIfAbsent(name, new MapEntry(name, keyExpression.range(), value)) != null) {
        throw new EvaluationError("duplicate key \"" + name + "\" in a for expression");
      }
    }
    if (expression.key().isEmpty()) {
      return new ListValue(items, range);
    }
    Range keyRange = expression.key().get().range();
    groups.forEach((name, values) -> entries.put(name,
        new MapEntry(name, keyRange, new ListValue(values, expression.value().range()))));
    return new MapValue(entries, range);
  }
}

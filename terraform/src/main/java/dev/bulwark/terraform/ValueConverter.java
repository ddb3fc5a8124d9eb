package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.TemplatePart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns syntax into located values. Literals (and tuples and objects of them) are known; any other expression is
 * an {@link UnknownValue} holding its source text. Nested blocks become a list of maps under the block type; a
 * {@code dynamic} block adds an unknown item to that list.
 */
final class ValueConverter {
  private final SourceText source;

  ValueConverter(SourceText source) {
    this.source = source;
  }

  /** The attributes and nested blocks of {@code body} as a map located at {@code range}. */
  MapValue body(Body body, Range range) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    Map<String, List<Value>> blocks = new LinkedHashMap<>();
    Map<String, Range> blockKeys = new LinkedHashMap<>();
    for (Body.Item item : body.items()) {
      if (item instanceof Body.Attribute attribute) {
        entries.put(attribute.name().name(),
            new MapEntry(attribute.name().name(), attribute.name().range(), value(attribute.value())));
      } else if (item instanceof Body.Block block) {
        String key = nestedKey(block);
        blockKeys.putIfAbsent(key, block.type().range());
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(nestedValue(block));
      }
    }
    blocks.forEach((key, items) -> {
      Range listRange = items.get(0).range().span(items.get(items.size() - 1).range());
      entries.put(key, new MapEntry(key, blockKeys.get(key), new ListValue(items, listRange)));
    });
    return new MapValue(entries, range);
  }

  private static String nestedKey(Body.Block block) {
    boolean dynamic = block.type().name().equals("dynamic") && block.labels().size() == 1;
    return dynamic ? block.labels().get(0).value() : block.type().name();
  }

  private Value nestedValue(Body.Block block) {
    boolean dynamic = block.type().name().equals("dynamic") && block.labels().size() == 1;
    return dynamic
        ? new UnknownValue(source.text(block.header()), block.range())
        : body(block.body(), block.range());
  }

  /** The value of {@code expression}: known when it is a literal, unknown otherwise. */
  Value value(Expression expression) {
    if (expression instanceof Expression.NumberLiteral number) {
      return new NumberValue(number.value(), number.range());
    }
    if (expression instanceof Expression.BoolLiteral bool) {
      return new BoolValue(bool.value(), bool.range());
    }
    if (expression instanceof Expression.NullLiteral nullLiteral) {
      return new NullValue(nullLiteral.range());
    }
    if (expression instanceof Expression.Template template) {
      return template(template);
    }
    if (expression instanceof Expression.Tuple tuple) {
      return new ListValue(tuple.items().stream().map(this::value).toList(), tuple.range());
    }
    if (expression instanceof Expression.ObjectCons object) {
      return object(object);
    }
    if (expression instanceof Expression.Parens parens) {
      return value(parens.inner());
    }
    if (expression instanceof Expression.Unary unary && unary.operator() == Expression.UnaryOperator.NEGATE
        && unary.operand() instanceof Expression.NumberLiteral number) {
      return new NumberValue(number.value().negate(), unary.range());
    }
    return unknown(expression);
  }

  private Value template(Expression.Template template) {
    Optional<String> literal = template.literal();
    if (literal.isPresent()) {
      return new StringValue(literal.get(), template.range());
    }
    if (!template.heredoc() && template.parts().size() == 1
        && template.parts().get(0) instanceof TemplatePart.Interpolation only) {
      Value inner = value(only.expression());
      return inner.isKnown() ? inner : unknown(template);
    }
    return unknown(template);
  }

  private Value object(Expression.ObjectCons object) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    for (Expression.ObjectItem item : object.items()) {
      Optional<String> key = literalKey(item.key());
      if (key.isEmpty()) {
        return unknown(object);
      }
      entries.put(key.get(), new MapEntry(key.get(), item.key().range(), value(item.value())));
    }
    return new MapValue(entries, object.range());
  }

  /** A literal object key: a bare identifier stands for its name; a literal string or number for its text. */
  static Optional<String> literalKey(Expression key) {
    if (key instanceof Expression.Variable variable) {
      return Optional.of(variable.name());
    }
    if (key instanceof Expression.Template template) {
      return template.literal();
    }
    if (key instanceof Expression.NumberLiteral number) {
      return Optional.of(number.value().toPlainString());
    }
    return Optional.empty();
  }

  private UnknownValue unknown(Expression expression) {
    return new UnknownValue(source.text(expression.range()), expression.range());
  }
}

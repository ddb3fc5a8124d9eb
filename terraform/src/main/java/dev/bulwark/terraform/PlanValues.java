package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's attribute values in a plan, located where the plan writes them, with what the plan marks as known
 * only after apply ({@code after_unknown}) as unknown: a plan leaves such attributes out of its values, and a
 * missing attribute would otherwise read as the provider's default.
 */
final class PlanValues {
  static final String UNKNOWN = "(known after apply)";

  private PlanValues() {}

  /** A resource's attributes: {@code values}, with its {@code after_unknown} tree {@code unknown} (if any). */
  static MapValue attributes(DocNode.Mapping values, Optional<DocNode> unknown) {
    return map(values, unknown.filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast));
  }

  private static Value of(DocNode node, Optional<DocNode> unknown) {
    if (isTrue(unknown)) {
      return new UnknownValue(UNKNOWN, node.range());
    }
    if (node instanceof DocNode.Mapping mapping) {
      return map(mapping, unknown.filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast));
    }
    if (node instanceof DocNode.Sequence sequence) {
      List<DocNode> unknownItems = unknown.filter(DocNode.Sequence.class::isInstance)
          .map(items -> ((DocNode.Sequence) items).items()).orElse(List.of());
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        items.add(of(sequence.items().get(i),
            i < unknownItems.size() ? Optional.of(unknownItems.get(i)) : Optional.empty()));
      }
      return new ListValue(items, sequence.range());
    }
    DocNode.Scalar scalar = (DocNode.Scalar) node;
    Range range = scalar.range();
    return switch (scalar.kind()) {
      case STRING -> new StringValue(scalar.text(), range);
      case INTEGER, FLOAT -> number(scalar);
      case BOOLEAN -> new BoolValue(Boolean.parseBoolean(scalar.text()), range);
      case NULL -> new NullValue(range);
    };
  }

  /** A number, or, when its exponent is out of range, its text. */
  private static Value number(DocNode.Scalar scalar) {
    try {
      return new NumberValue(new BigDecimal(scalar.text()), scalar.range());
    } catch (NumberFormatException | ArithmeticException e) {
      return new StringValue(scalar.text(), scalar.range());
    }
  }

  private static MapValue map(DocNode.Mapping mapping, Optional<DocNode.Mapping> unknown) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    for (DocNode.Entry entry : mapping.entries()) {
      String key = PlanJson.key(entry);
      entries.put(key, new MapEntry(key, entry.key().range(),
          of(entry.value(), unknown.flatMap(tree -> tree.get(key)))));
    }
    unknown.ifPresent(tree -> tree.entries().forEach(entry -> {
      String key = PlanJson.key(entry);
      if (!entries.containsKey(key) && isTrue(Optional.of(entry.value()))) {
        entries.put(key, new MapEntry(key, mapping.range(), new UnknownValue(UNKNOWN, mapping.range())));
      }
    }));
    return new MapValue(entries, mapping.range(), List.of());
  }

  private static boolean isTrue(Optional<DocNode> unknown) {
    return unknown.filter(DocNode.Scalar.class::isInstance).map(DocNode.Scalar.class::cast)
        .filter(flag -> flag.kind() == DocNode.Kind.BOOLEAN && flag.text().equals("true")).isPresent();
  }
}

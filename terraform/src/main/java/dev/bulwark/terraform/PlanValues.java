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
    return map(values, unknown.flatMap(DocNode::asMapping));
  }

  private static Value of(DocNode node, Optional<DocNode> unknown) {
    if (isTrue(unknown)) {
      return new UnknownValue(UNKNOWN, node.range());
    }
    if (node instanceof DocNode.Mapping mapping) {
      return map(mapping, unknown.flatMap(DocNode::asMapping));
    }
    if (node instanceof DocNode.Sequence sequence) {
      List<DocNode> unknownItems = PlanJson.items(unknown);
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
      case INTEGER, FLOAT -> scalar.number().<Value>map(number -> new NumberValue(number, range))
          .orElseGet(() -> new StringValue(scalar.text(), range));
      case BOOLEAN -> new BoolValue(Boolean.parseBoolean(scalar.text()), range);
      case NULL -> new NullValue(range);
    };
  }

  private static MapValue map(DocNode.Mapping mapping, Optional<DocNode.Mapping> unknown) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    for (DocNode.Entry entry : mapping.entries()) {
      String key = entry.keyText();
      entries.put(key, new MapEntry(key, entry.key().range(),
          of(entry.value(), unknown.flatMap(tree -> tree.get(key)))));
    }
    unknown.ifPresent(tree -> tree.entries().forEach(entry -> {
      String key = entry.keyText();
      if (!entries.containsKey(key) && isTrue(Optional.of(entry.value()))) {
        entries.put(key, new MapEntry(key, mapping.range(), new UnknownValue(UNKNOWN, mapping.range())));
      }
    }));
    return new MapValue(entries, mapping.range(), List.of());
  }

  private static boolean isTrue(Optional<DocNode> unknown) {
    return unknown.flatMap(DocNode::asScalar)
        .filter(flag -> flag.kind() == DocNode.Kind.BOOLEAN && flag.text().equals("true")).isPresent();
  }
}

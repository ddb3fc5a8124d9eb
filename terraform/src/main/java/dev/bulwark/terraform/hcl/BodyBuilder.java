package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import java.util.List;

/** Builds the {@link Body} of a file, with its attributes and (nested) blocks, from the parse tree. */
final class BodyBuilder {
  private final SourceText source;
  private final Spans spans;
  private final Depth depth;
  private final Escapes escapes;
  private final ExpressionBuilder expressions;

  BodyBuilder(SourceText source, ParseErrors errors, int maxNestingDepth) {
    this.source = source;
    this.spans = new Spans(source);
    this.depth = new Depth(maxNestingDepth);
    this.escapes = new Escapes(spans, errors);
    this.expressions = new ExpressionBuilder(spans, errors, escapes, depth);
  }

  /** The body of the whole file. */
  Body file(HclGrammar.ConfigFileContext file) {
    return new Body(items(file.bodyItem()), spans.of(0, source.text().length()));
  }

  private List<Body.Item> items(List<HclGrammar.BodyItemContext> items) {
    return items.stream().map(this::item).toList();
  }

  private Body.Item item(HclGrammar.BodyItemContext item) {
    return item.attribute() != null ? attribute(item.attribute()) : block(item.block());
  }

  private Body.Attribute attribute(HclGrammar.AttributeContext attribute) {
    return new Body.Attribute(spans.identifier(attribute.identifier()), expressions.build(attribute.expression()),
        spans.of(attribute));
  }

  private Body.Block block(HclGrammar.BlockContext block) {
    depth.enter(block.getStart());
    try {
      Body.Identifier type = spans.identifier(block.identifier());
      List<Body.Label> labels = block.blockLabel().stream().map(this::label).toList();
      Range header = labels.isEmpty() ? type.range() : type.range().span(labels.get(labels.size() - 1).range());
      List<Body.Item> items = block.attribute() != null
          ? List.of(attribute(block.attribute()))
          : items(block.bodyItem());
      int bodyStart = block.LBRACE().getSymbol().getStopIndex() + 1;
      int bodyEnd = block.RBRACE().getSymbol().getStartIndex();
      return new Body.Block(type, labels, new Body(items, spans.of(bodyStart, bodyEnd)), header, spans.of(block));
    } finally {
      depth.exit();
    }
  }

  private Body.Label label(HclGrammar.BlockLabelContext label) {
    return label.stringLiteral() != null
        ? new Body.Label(escapes.decode(label.stringLiteral()), true, spans.of(label))
        : new Body.Label(label.getText(), false, spans.of(label));
  }
}

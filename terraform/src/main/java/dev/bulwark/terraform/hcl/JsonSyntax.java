package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}, {@code .tfvars.json}) into the same {@link Body} as native
 * syntax, as Terraform's JSON configuration syntax defines it: the top-level object's keys are block types, nested
 * by as many object levels as the type has labels; a block body is an object (or, for several blocks, an array of
 * objects); a {@code "//"} key of a block is a comment. In a configuration file, a string is a template, parsed where
 * it stands so that its interpolations keep their ranges; a variable's {@code type} and a dynamic block's
 * {@code iterator} are expressions. In a variables file every value is literal. A block's header is its last label
 * (its name), the key a reader looks for.
 */
public final class JsonSyntax {
  /** How many labels each block type has. */
  private static final Map<String, Integer> LABELS = Map.of("resource", 2, "data", 2, "module", 1, "variable", 1,
      "output", 1, "provider", 1, "check", 1);
  private static final String COMMENT = "//";
  /** The blocks whose bodies may hold {@code dynamic} blocks; elsewhere (a local, a module input) it is a name. */
  private static final Set<String> WITH_DYNAMIC_BLOCKS = Set.of("resource", "data", "provider", "content");

  private final SourceText source;
  private final ParseErrors errors = new ParseErrors();
  private final Fragments fragments;
  private final boolean configuration;

  private JsonSyntax(SourceText source, ScanSettings settings, boolean configuration) {
    this.source = source;
    this.fragments = new Fragments(source, errors, settings.maxNestingDepth());
    this.configuration = configuration;
  }

  /** Parses a configuration file ({@code .tf.json}). */
  public static ParseResult configuration(SourceText source, ScanSettings settings) {
    return new JsonSyntax(source, settings, true).parse(settings);
  }

  /** Parses a variables file ({@code .tfvars.json}): an object of variable names and literal values. */
  public static ParseResult variables(SourceText source, ScanSettings settings) {
    return new JsonSyntax(source, settings, false).parse(settings);
  }

  private ParseResult parse(ScanSettings settings) {
    Documents read = JsonDocuments.read(source, settings);
    if (!read.errors().isEmpty()) {
      return new ParseResult(Optional.empty(), read.errors());
    }
    if (read.documents().isEmpty()) {
      return new ParseResult(Optional.of(new Body(List.of(), Range.ofLine(source.path(), 1, 1, 1))), List.of());
    }
    DocNode root = read.documents().get(0);
    if (!(root instanceof DocNode.Mapping mapping)) {
      errors.add(root.range(), "a Terraform JSON file holds one object");
      return new ParseResult(Optional.empty(), errors.list());
    }
    Body body = configuration ? file(mapping) : attributes(mapping);
    return errors.isEmpty()
        ? new ParseResult(Optional.of(body), List.of())
        : new ParseResult(Optional.empty(), errors.list());
  }

  private Body file(DocNode.Mapping root) {
    List<Body.Item> items = new ArrayList<>();
    for (DocNode.Entry entry : root.entries()) {
      Body.Identifier type = identifier(entry);
      if (!type.name().equals(COMMENT)) {
        blocks(type, LABELS.getOrDefault(type.name(), 0), List.of(), entry.value(), items);
      }
    }
    return new Body(items, root.range());
  }

  private Body attributes(DocNode.Mapping root) {
    List<Body.Item> items = new ArrayList<>();
    for (DocNode.Entry entry : root.entries()) {
      items.add(attribute(identifier(entry), value(entry.value())));
    }
    return new Body(items, root.range());
  }

  /** The blocks of {@code type} that {@code value} holds once {@code labelsLeft} more labels are read. */
  private void blocks(Body.Identifier type, int labelsLeft, List<Body.Label> labels, DocNode value,
      List<Body.Item> out) {
    if (labelsLeft == 0) {
      for (DocNode body : value instanceof DocNode.Sequence sequence ? sequence.items() : List.of(value)) {
        block(type, labels, body).ifPresent(out::add);
      }
      return;
    }
    if (!(value instanceof DocNode.Mapping mapping)) {
      errors.add(value.range(), "a `" + type.name() + "` block is written as an object keyed by its labels");
      return;
    }
    for (DocNode.Entry entry : mapping.entries()) {
      String label = entry.keyText();
      if (!label.equals(COMMENT)) {
        List<Body.Label> more = new ArrayList<>(labels);
        more.add(new Body.Label(label, true, entry.key().range()));
        blocks(type, labelsLeft - 1, more, entry.value(), out);
      }
    }
  }

  private Optional<Body.Item> block(Body.Identifier type, List<Body.Label> labels, DocNode value) {
    if (!(value instanceof DocNode.Mapping mapping)) {
      errors.add(value.range(), "the body of a `" + type.name() + "` block is an object");
      return Optional.empty();
    }
    Range header = labels.isEmpty() ? type.range() : labels.get(labels.size() - 1).range();
    return Optional.of(new Body.Block(type, labels, body(type.name(), mapping), header, header.span(mapping.range())));
  }

  /**
   * A block body: attributes, but {@code dynamic} blocks (of a resource, data source or provider) and a variable's
   * {@code validation} blocks as blocks.
   */
  private Body body(String blockType, DocNode.Mapping mapping) {
    List<Body.Item> items = new ArrayList<>();
    for (DocNode.Entry entry : mapping.entries()) {
      Body.Identifier name = identifier(entry);
      switch (name.name()) {
        case COMMENT -> { }
        case "dynamic" -> blocksOrAttribute(WITH_DYNAMIC_BLOCKS.contains(blockType), name, 1, entry.value(), items);
        case "validation" -> blocksOrAttribute(blockType.equals("variable"), name, 0, entry.value(), items);
        case "content" -> blocksOrAttribute(blockType.equals("dynamic"), name, 0, entry.value(), items);
        case "type" -> items.add(attribute(name, blockType.equals("variable")
            ? expression(entry.value()) : value(entry.value())));
        case "iterator" -> items.add(attribute(name, blockType.equals("dynamic")
            ? expression(entry.value()) : value(entry.value())));
        default -> items.add(attribute(name, value(entry.value())));
      }
    }
    return new Body(items, mapping.range());
  }

  /** The blocks {@code value} holds (with {@code labels} labels) where they are blocks, else one attribute. */
  private void blocksOrAttribute(boolean blocks, Body.Identifier name, int labels, DocNode value,
      List<Body.Item> items) {
    if (blocks) {
      blocks(name, labels, List.of(), value, items);
    } else {
      items.add(attribute(name, value(value)));
    }
  }

  private static Body.Attribute attribute(Body.Identifier name, Expression value) {
    return new Body.Attribute(name, value, name.range().span(value.range()));
  }

  /** A value: objects, arrays and literals as written, strings as templates in a configuration file. */
  private Expression value(DocNode node) {
    if (node instanceof DocNode.Mapping mapping) {
      List<Expression.ObjectItem> items = new ArrayList<>();
      for (DocNode.Entry entry : mapping.entries()) {
        Expression key = literal(entry.keyText(), entry.key().range());
        Expression value = value(entry.value());
        items.add(new Expression.ObjectItem(key, value, key.range().span(value.range())));
      }
      return new Expression.ObjectCons(items, mapping.range());
    }
    if (node instanceof DocNode.Sequence sequence) {
      return new Expression.Tuple(sequence.items().stream().map(this::value).toList(), sequence.range());
    }
    DocNode.Scalar scalar = (DocNode.Scalar) node;
    return switch (scalar.kind()) {
      case INTEGER, FLOAT -> number(scalar);
      case BOOLEAN -> new Expression.BoolLiteral(Boolean.parseBoolean(scalar.text()), scalar.range());
      case NULL -> new Expression.NullLiteral(scalar.range());
      case STRING -> string(scalar);
    };
  }

  /** A number; one whose exponent is out of range is a parse error, as in native syntax. */
  private Expression number(DocNode.Scalar scalar) {
    return new Expression.NumberLiteral(scalar.number().orElseGet(() -> {
      errors.add(scalar.range(), "invalid number '" + scalar.text() + "'");
      return BigDecimal.ZERO;
    }), scalar.range());
  }

  private Expression string(DocNode.Scalar scalar) {
    String text = scalar.text();
    if (!configuration || !(text.contains("${") || text.contains("%{"))) {
      return literal(text, scalar.range());
    }
    return fragments.template(text, offsets(scalar), scalar.range()).orElseGet(() -> literal(text, scalar.range()));
  }

  /** A string holding an expression, e.g. a variable's type {@code "list(string)"}. */
  private Expression expression(DocNode node) {
    if (!(node instanceof DocNode.Scalar scalar) || scalar.kind() != DocNode.Kind.STRING) {
      errors.add(node.range(), "an expression is written as a string here");
      return new Expression.NullLiteral(node.range());
    }
    return fragments.expression(scalar.text(), offsets(scalar)).orElseGet(() -> literal(scalar.text(), node.range()));
  }

  private int[] offsets(DocNode.Scalar scalar) {
    return JsonStrings.offsets(scalar.text(), source.text(),
        source.offset(scalar.range().startLine(), scalar.range().startColumn()));
  }

  private static Expression.Template literal(String text, Range range) {
    List<TemplatePart> parts = text.isEmpty() ? List.of() : List.of(new TemplatePart.Literal(text, range));
    return new Expression.Template(parts, false, range);
  }

  private static Body.Identifier identifier(DocNode.Entry entry) {
    return new Body.Identifier(entry.keyText(), entry.key().range());
  }
}

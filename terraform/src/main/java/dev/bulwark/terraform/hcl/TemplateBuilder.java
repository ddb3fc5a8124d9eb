package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.TemplatePiece.Sequence;
import dev.bulwark.terraform.hcl.TemplatePiece.SequenceKind;
import dev.bulwark.terraform.hcl.TemplatePiece.Text;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Builds {@link Expression.Template}s: flattens the template, applies strip markers, removes a {@code <<-} heredoc's
 * indentation, then nests directives and joins adjacent text into {@link TemplatePart.Literal}s. Literals that end
 * up empty are dropped.
 */
final class TemplateBuilder {
  private final Spans spans;
  private final Escapes escapes;
  private final Depth depth;
  private final ExpressionBuilder expressions;

  TemplateBuilder(Spans spans, Escapes escapes, Depth depth, ExpressionBuilder expressions) {
    this.spans = spans;
    this.escapes = escapes;
    this.depth = depth;
    this.expressions = expressions;
  }

  Expression.Template quoted(HclGrammar.QuotedTemplateContext template) {
    List<TemplatePiece> pieces = TemplateFlattener.flatten(template.templatePart(), escapes, false);
    StripMarkers.apply(pieces);
    return new Expression.Template(new Nesting(pieces).parts(), false, spans.of(template));
  }

  /** A template on its own, written at {@code range}. */
  Expression.Template bare(HclGrammar.BareTemplateContext template, Range range) {
    List<TemplatePiece> pieces = TemplateFlattener.flatten(template.templatePart(), escapes, true);
    StripMarkers.apply(pieces);
    return new Expression.Template(new Nesting(pieces).parts(), false, range);
  }

  /** A heredoc; its range ends with the closing marker. */
  Expression.Template heredoc(HclGrammar.HeredocTemplateContext template) {
    List<TemplatePiece> pieces = TemplateFlattener.flatten(template.templatePart(), escapes, true);
    StripMarkers.apply(pieces);
    if (template.HEREDOC_OPEN().getText().startsWith("<<-")) {
      HeredocIndent.apply(pieces);
    }
    Token end = template.HEREDOC_END().getSymbol();
    int markerEnd = end.getStopIndex() + 1 - UnicodeSpace.trailing(end.getText());
    return new Expression.Template(new Nesting(pieces).parts(), true,
        spans.of(template.getStart().getStartIndex(), markerEnd));
  }

  /** Reads the flat pieces of one template back into nested parts. */
  private final class Nesting {
    private final List<TemplatePiece> pieces;
    private int position;

    Nesting(List<TemplatePiece> pieces) {
      this.pieces = pieces;
    }

    /** Parts up to the end of the template or to the {@code else}, {@code endif} or {@code endfor} marker. */
    List<TemplatePart> parts() {
      List<TemplatePart> parts = new ArrayList<>();
      while (position < pieces.size()) {
        if (pieces.get(position) instanceof Text) {
          literal().ifPresent(parts::add);
          continue;
        }
        Sequence sequence = (Sequence) pieces.get(position);
        switch (sequence.kind()) {
          case INTERPOLATION -> parts.add(interpolation(sequence));
          case IF -> parts.add(ifDirective(sequence));
          case FOR -> parts.add(forDirective(sequence));
          default -> {
            return parts;
          }
        }
      }
      return parts;
    }

    private Optional<TemplatePart> literal() {
      Text first = (Text) pieces.get(position);
      StringBuilder value = new StringBuilder();
      int end = first.end();
      while (position < pieces.size() && pieces.get(position) instanceof Text text) {
        value.append(text.value());
        end = text.end();
        position++;
      }
      return value.length() == 0
          ? Optional.empty()
          : Optional.of(new TemplatePart.Literal(value.toString(), spans.of(first.start(), end)));
    }

    private TemplatePart interpolation(Sequence sequence) {
      position++;
      HclGrammar.InterpolationContext node = (HclGrammar.InterpolationContext) sequence.node();
      return new TemplatePart.Interpolation(expressions.build(node.expression()), sequence.stripBefore(),
          sequence.stripAfter(), spans.between(sequence.open(), sequence.close()));
    }

    private TemplatePart ifDirective(Sequence open) {
      depth.enter(open.open());
      try {
        position++;
        Expression condition = expressions.build(((HclGrammar.TemplateIfContext) open.node()).expression());
        List<TemplatePart> whenTrue = parts();
        List<TemplatePart> whenFalse = List.of();
        if (((Sequence) pieces.get(position)).kind() == SequenceKind.ELSE) {
          position++;
          whenFalse = parts();
        }
        Sequence end = (Sequence) pieces.get(position++);
        return new TemplatePart.If(condition, whenTrue, whenFalse, spans.between(open.open(), end.close()));
      } finally {
        depth.exit();
      }
    }

    private TemplatePart forDirective(Sequence open) {
      depth.enter(open.open());
      try {
        position++;
        HclGrammar.TemplateForContext node = (HclGrammar.TemplateForContext) open.node();
        ExpressionBuilder.ForVariables variables = expressions.forVariables(node.identifier());
        Expression collection = expressions.build(node.expression());
        List<TemplatePart> body = parts();
        Sequence end = (Sequence) pieces.get(position++);
        return new TemplatePart.For(variables.key(), variables.value(), collection, body,
            spans.between(open.open(), end.close()));
      } finally {
        depth.exit();
      }
    }
  }
}

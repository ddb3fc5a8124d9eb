package dev.bulwark.terraform.hcl;

import dev.bulwark.terraform.hcl.TemplatePiece.SequenceKind;
import dev.bulwark.terraform.hcl.TemplatePiece.Text;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns the parts of a template into its flat list of {@link TemplatePiece}s. */
final class TemplateFlattener {
  private final Escapes escapes;
  private final boolean heredoc;
  private final List<TemplatePiece> pieces = new ArrayList<>();

  private TemplateFlattener(Escapes escapes, boolean heredoc) {
    this.escapes = escapes;
    this.heredoc = heredoc;
  }

  /** The pieces of {@code parts}; a heredoc's text is split into lines. */
  static List<TemplatePiece> flatten(List<HclGrammar.TemplatePartContext> parts, Escapes escapes, boolean heredoc) {
    TemplateFlattener flattener = new TemplateFlattener(escapes, heredoc);
    flattener.parts(parts);
    return flattener.pieces;
  }

  private void parts(List<HclGrammar.TemplatePartContext> parts) {
    for (HclGrammar.TemplatePartContext part : parts) {
      if (part.templateLiteral() != null) {
        text(part.templateLiteral().getStart());
      } else if (part.interpolation() != null) {
        HclGrammar.InterpolationContext interpolation = part.interpolation();
        sequence(SequenceKind.INTERPOLATION, interpolation, interpolation.INTERP_OPEN().getSymbol(),
            interpolation.templateEnd());
      } else if (part.templateIf() != null) {
        ifDirective(part.templateIf());
      } else {
        forDirective(part.templateFor());
      }
    }
  }

  private void ifDirective(HclGrammar.TemplateIfContext directive) {
    sequence(SequenceKind.IF, directive, directive.DIRECTIVE_OPEN(0).getSymbol(), directive.templateEnd(0));
    parts(directive.templatePart());
    HclGrammar.TemplateElseContext otherwise = directive.templateElse();
    if (otherwise != null) {
      sequence(SequenceKind.ELSE, otherwise, otherwise.DIRECTIVE_OPEN().getSymbol(), otherwise.templateEnd());
      parts(otherwise.templatePart());
    }
    sequence(SequenceKind.ENDIF, directive, directive.DIRECTIVE_OPEN(1).getSymbol(), directive.templateEnd(1));
  }

  private void forDirective(HclGrammar.TemplateForContext directive) {
    sequence(SequenceKind.FOR, directive, directive.DIRECTIVE_OPEN(0).getSymbol(), directive.templateEnd(0));
    parts(directive.templatePart());
    sequence(SequenceKind.ENDFOR, directive, directive.DIRECTIVE_OPEN(1).getSymbol(), directive.templateEnd(1));
  }

  private void sequence(SequenceKind kind, ParserRuleContext node, Token open, HclGrammar.TemplateEndContext end) {
    pieces.add(new TemplatePiece.Sequence(kind, node, open, end.getStart(), open.getText().endsWith("~"),
        end.TEMPLATE_END_STRIP() != null));
  }

  private void text(Token token) {
    String value = escapes.decode(token);
    int end = token.getStopIndex() + 1;
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last) instanceof Text text && !(heredoc && text.endsLine())) {
      pieces.set(last, new Text(text.value() + value, text.start(), end));
    } else {
      pieces.add(new Text(value, token.getStartIndex(), end));
    }
  }
}

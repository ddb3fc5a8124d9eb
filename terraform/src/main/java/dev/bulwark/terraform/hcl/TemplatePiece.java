package dev.bulwark.terraform.hcl;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A template flattened the way hclsyntax sees it before nesting directives: decoded literal text and the sequences
 * ({@code ${...}} and each {@code %{...}} marker) between them. Strip markers and heredoc indentation work on this
 * flat form.
 */
sealed interface TemplatePiece {

  /**
   * Decoded literal text from source offsets {@code start} (inclusive) to {@code end} (exclusive). In a heredoc
   * every line is a piece of its own.
   */
  record Text(String value, int start, int end) implements TemplatePiece {
    boolean endsLine() {
      return value.endsWith("\n");
    }

    Text withValue(String newValue) {
      return new Text(newValue, start, end);
    }
  }

  /**
   * An interpolation or a directive marker, from its {@code open} token to its {@code close} token, with its strip
   * markers: {@code stripBefore} for <code>${~</code> or <code>%{~</code>, {@code stripAfter} for <code>~}</code>.
   */
  record Sequence(SequenceKind kind, ParserRuleContext node, Token open, Token close, boolean stripBefore,
      boolean stripAfter) implements TemplatePiece {}

  /** The kinds of sequence. */
  enum SequenceKind {
    INTERPOLATION,
    IF,
    ELSE,
    ENDIF,
    FOR,
    ENDFOR
  }
}

package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source ranges of tokens and parse-tree nodes, from their UTF-16 character offsets. */
final class Spans {
  private final SourceText source;

  Spans(SourceText source) {
    this.source = source;
  }

  Range of(Token token) {
    return source.range(token.getStartIndex(), token.getStopIndex() + 1);
  }

  Range of(ParserRuleContext node) {
    return between(node.getStart(), node.getStop());
  }

  /** From the start of {@code first} to the end of {@code last}. */
  Range between(Token first, Token last) {
    return source.range(first.getStartIndex(), last.getStopIndex() + 1);
  }

  Range of(int start, int end) {
    return source.range(start, end);
  }

  /** A name as written, with its range. */
  Body.Identifier identifier(ParserRuleContext name) {
    return new Body.Identifier(name.getText(), of(name));
  }
}

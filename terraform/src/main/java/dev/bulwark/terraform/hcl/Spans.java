package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import java.util.function.IntUnaryOperator;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Source ranges of tokens and parse-tree nodes, from their UTF-16 character offsets. Offsets are mostly asked for
 * in source order, so the line of the last one is remembered.
 */
final class Spans {
  private final SourceText source;
  private final IntUnaryOperator toSource;
  private int line = 1;
  private int lineStart;
  private int nextLineStart = -1;

  Spans(SourceText source) {
    this(source, IntUnaryOperator.identity());
  }

  /** Spans of text lexed apart from {@code source}, whose offsets {@code toSource} maps to offsets in it. */
  Spans(SourceText source, IntUnaryOperator toSource) {
    this.source = source;
    this.toSource = toSource;
  }

  Range of(Token token) {
    return of(token.getStartIndex(), token.getStopIndex() + 1);
  }

  Range of(ParserRuleContext node) {
    return between(node.getStart(), node.getStop());
  }

  /** From the start of {@code first} to the end of {@code last}. */
  Range between(Token first, Token last) {
    return of(first.getStartIndex(), last.getStopIndex() + 1);
  }

  /** From offset {@code start} (inclusive) to offset {@code end} (exclusive). */
  Range of(int lexedStart, int lexedEnd) {
    int start = toSource.applyAsInt(lexedStart);
    int end = toSource.applyAsInt(lexedEnd);
    int startLine = lineOf(start);
    int startColumn = start - lineStart + 1;
    int endLine = lineOf(end);
    return new Range(source.path(), startLine, startColumn, endLine, end - lineStart + 1);
  }

  private int lineOf(int offset) {
    if (offset < lineStart || offset >= nextLineStart) {
      line = source.line(offset);
      lineStart = source.offset(line, 1);
      nextLineStart = line < source.lineCount() ? source.offset(line + 1, 1) : Integer.MAX_VALUE;
    }
    return line;
  }

  /** A name as written, with its range. */
  Body.Identifier identifier(ParserRuleContext name) {
    String text = name.getStart() == name.getStop() ? name.getStart().getText() : name.getText();
    return new Body.Identifier(text, of(name));
  }
}

package dev.bulwark.terraform.hcl;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Records syntax errors at their token's range, and stops the parse once the error limit is reached. */
final class SyntaxErrorListener extends BaseErrorListener {
  private final Spans spans;
  private final ParseErrors errors;

  SyntaxErrorListener(Spans spans, ParseErrors errors) {
    this.spans = spans;
    this.errors = errors;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
      String message, RecognitionException e) {
    errors.add(spans.of((Token) offendingSymbol), message);
    if (errors.isFull()) {
      throw new ParseCancellationException("too many syntax errors");
    }
  }
}

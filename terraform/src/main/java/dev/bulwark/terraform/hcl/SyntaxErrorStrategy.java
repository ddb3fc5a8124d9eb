package dev.bulwark.terraform.hcl;

import dev.bulwark.terraform.hcl.grammar.HclLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's error recovery with HCL wording. An error at the end of the file caused by a construct left open is
 * reported at that construct's opener, which the lexer leaves as a hidden {@code UNCLOSED} token before {@code EOF}.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

  @Override
  protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportInputMismatch(Parser parser, InputMismatchException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportUnwantedToken(Parser parser) {
    if (!inErrorRecoveryMode(parser)) {
      beginErrorCondition(parser);
      report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }
  }

  @Override
  protected void reportMissingToken(Parser parser) {
    reportUnwantedToken(parser);
  }

  private static void report(Parser parser, Token found, IntervalSet expected) {
    Token opener = found.getType() == Token.EOF ? unclosedBefore(parser.getTokenStream(), found) : null;
    if (opener != null) {
      parser.notifyErrorListeners(opener, SyntaxMessages.unclosed(opener), null);
    } else {
      parser.notifyErrorListeners(found, SyntaxMessages.unexpected(found, expected), null);
    }
  }

  private static Token unclosedBefore(TokenStream tokens, Token eof) {
    int index = eof.getTokenIndex() - 1;
    return index >= 0 && tokens.get(index).getType() == HclLexer.UNCLOSED ? tokens.get(index) : null;
  }
}

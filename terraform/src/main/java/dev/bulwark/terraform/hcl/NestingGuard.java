package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.grammar.HclLexer.*;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Checks bracket, brace, parenthesis and template nesting on the tokens, before the parser's recursion could get
 * that deep.
 */
final class NestingGuard {
  private NestingGuard() {}

  /** The first opener that is nested deeper than {@code max}, if any. */
  static Optional<Token> firstTooDeep(List<Token> tokens, int max) {
    int depth = 0;
    for (Token token : tokens) {
      switch (token.getType()) {
        case LBRACE, LBRACK, LPAREN, OQUOTE, HEREDOC_OPEN, INTERP_OPEN, DIRECTIVE_OPEN -> {
          if (++depth > max) {
            return Optional.of(token);
          }
        }
        case RBRACE, TEMPLATE_END, TEMPLATE_END_STRIP, RBRACK, RPAREN, CQUOTE, UNTERMINATED_STRING, HEREDOC_END ->
            depth = Math.max(0, depth - 1);
        default -> {
          // other tokens do not nest
        }
      }
    }
    return Optional.empty();
  }
}

package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.grammar.HclLexer.*;

import dev.bulwark.terraform.hcl.grammar.HclLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The wording of syntax errors: what was found, and what was expected instead. */
final class SyntaxMessages {
  private static final IntervalSet EXPRESSION_START = set(NUMBER, TRUE, FALSE, NULL, OQUOTE, HEREDOC_OPEN, IDENT,
      FOR, IN, IF, ELSE, ENDIF, ENDFOR, LBRACK, LBRACE, LPAREN, MINUS, NOT);
  private static final IntervalSet NAMES = set(IDENT, FOR, IN, IF, ELSE, ENDIF, ENDFOR, TRUE, FALSE, NULL);
  private static final IntervalSet CONTINUATIONS = set(EQ, NE, LE, GE, LT, GT, AND, OR, PLUS, MINUS, STAR, SLASH,
      PERCENT, QUESTION, DOT, LBRACK);

  private SyntaxMessages() {}

  /** "unexpected X, expected Y", or a specific message for a token that is always an error. */
  static String unexpected(Token found, IntervalSet expected) {
    return switch (found.getType()) {
      case ERROR_CHAR -> "unexpected character '" + found.getText() + "'";
      case UNTERMINATED_STRING -> "unterminated string: a quoted string must end with '\"' on the line it starts"
          + " (write a newline as \\n)";
      case UNTERMINATED_COMMENT -> "unterminated comment: '/*' has no matching '*/'";
      default -> "unexpected " + describe(found) + ", expected " + describe(expected);
    };
  }

  /** The message for a construct still open at the end of the file; {@code opener} is its hidden UNCLOSED token. */
  static String unclosed(Token opener) {
    String text = opener.getText();
    if (text.startsWith("<<")) {
      return "unterminated heredoc: no line with only its closing marker '" + text.replaceFirst("<<-?", "")
          + "' before the end of the file";
    }
    return switch (text) {
      case "\"" -> "unterminated string: no closing '\"' before the end of the file";
      case "(" -> "unclosed '(': no matching ')' before the end of the file";
      case "[" -> "unclosed '[': no matching ']' before the end of the file";
      default -> "unclosed '" + text + "': no matching '}' before the end of the file";
    };
  }

  private static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "end of file";
      case NL, H_NEWLINE -> "newline";
      case Q_TEXT, H_TEXT -> "text '" + abbreviate(token.getText()) + "'";
      case HEREDOC_OPEN -> "heredoc '" + token.getText().strip() + "'";
      default -> "'" + abbreviate(token.getText()) + "'";
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "...";
  }

  /** Expected tokens, summarised: "an expression" for all that may start one, operators left out. */
  private static String describe(IntervalSet expected) {
    List<String> names = new ArrayList<>();
    IntervalSet rest = expected;
    if (rest.contains(NUMBER) && rest.contains(OQUOTE)) {
      names.add("an expression");
      rest = rest.subtract(EXPRESSION_START);
    }
    if (rest.contains(IDENT)) {
      names.add("a name");
      rest = rest.subtract(NAMES);
    }
    IntervalSet withoutContinuations = rest.subtract(CONTINUATIONS);
    if (!names.isEmpty() || !withoutContinuations.isNil()) {
      rest = withoutContinuations;
    }
    for (int type : rest.toArray()) {
      names.add(name(type));
    }
    if (names.isEmpty()) {
      return "nothing more";
    }
    String last = names.remove(names.size() - 1);
    return names.isEmpty() ? last : String.join(", ", names) + " or " + last;
  }

  private static IntervalSet set(int... types) {
    IntervalSet set = new IntervalSet();
    for (int type : types) {
      set.add(type);
    }
    return set;
  }

  private static String name(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case NL -> "a newline";
      case OQUOTE, CQUOTE -> "'\"'";
      case PERCENT -> "'%'";
      case TEMPLATE_END -> "'}'";
      case HEREDOC_END -> "the heredoc's closing marker";
      case NUMBER -> "a number";
      case INTERP_OPEN -> "'${'";
      case DIRECTIVE_OPEN -> "'%{'";
      default -> {
        String literal = HclLexer.VOCABULARY.getLiteralName(type);
        yield literal != null ? literal : HclLexer.VOCABULARY.getSymbolicName(type).toLowerCase(Locale.ROOT);
      }
    };
  }
}

package dev.bulwark.terraform.hcl;

import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import dev.bulwark.terraform.hcl.grammar.HclLexer;
import org.antlr.v4.runtime.Token;

/**
 * Decodes the literal tokens of templates: escape sequences of quoted templates ({@code \n \r \t \" \\ \\uNNNN
 * \UNNNNNNNN}) and the literal escapes <code>$${</code> and <code>%%{</code>. Heredoc text has no backslash escapes.
 * An invalid escape is a parse error and is kept as written, minus its backslash.
 */
final class Escapes {
  private final Spans spans;
  private final ParseErrors errors;

  Escapes(Spans spans, ParseErrors errors) {
    this.spans = spans;
    this.errors = errors;
  }

  /** The text a template literal token stands for. */
  String decode(Token token) {
    return switch (token.getType()) {
      case HclLexer.Q_TEXT -> unquote(token);
      case HclLexer.T_DOLLAR_ESC -> "${";
      case HclLexer.T_PERCENT_ESC -> "%{";
      default -> token.getText();
    };
  }

  /** The decoded text of a quoted string without template sequences, such as a block label. */
  String decode(HclGrammar.StringLiteralContext string) {
    StringBuilder text = new StringBuilder();
    for (HclGrammar.TemplateLiteralContext literal : string.templateLiteral()) {
      text.append(decode(literal.getStart()));
    }
    return text.toString();
  }

  private String unquote(Token token) {
    String text = token.getText();
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
      } else {
        i = escape(token, text, i, out);
      }
    }
    return out.toString();
  }

  /** Decodes the escape sequence at {@code at} into {@code out}; returns the offset just after it. */
  private int escape(Token token, String text, int at, StringBuilder out) {
    if (at + 1 == text.length()) {
      invalid(token, at, at + 1, "a backslash must be followed by an escape character");
      return at + 1;
    }
    char selector = text.charAt(at + 1);
    switch (selector) {
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'u' -> {
        return unicode(token, text, at, 4, out);
      }
      case 'U' -> {
        return unicode(token, text, at, 8, out);
      }
      default -> {
        invalid(token, at, at + 2, "'\\" + selector + "' is not a valid escape sequence");
        out.append(selector);
      }
    }
    return at + 2;
  }

  private int unicode(Token token, String text, int at, int digits, StringBuilder out) {
    int end = at + 2 + digits;
    if (end > text.length() || !isHex(text, at + 2, end)) {
      invalid(token, at, at + 2,
          "'\\" + text.charAt(at + 1) + "' must be followed by " + digits + " hexadecimal digits");
      out.append(text, at, at + 2);
      return at + 2;
    }
    long codePoint = Long.parseLong(text.substring(at + 2, end), 16);
    if (codePoint > Character.MAX_CODE_POINT
        || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
      invalid(token, at, end, "'" + text.substring(at, end) + "' is not a valid Unicode character");
    } else {
      out.appendCodePoint((int) codePoint);
    }
    return end;
  }

  private static boolean isHex(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  private void invalid(Token token, int start, int end, String message) {
    int offset = token.getStartIndex();
    errors.add(spans.of(offset + start, offset + end), "invalid escape sequence: " + message);
  }
}

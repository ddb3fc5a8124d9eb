package dev.bulwark.ansible.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a template into text and expressions, as Ansible's Jinja environment would: comments are dropped,
 * {@code raw} blocks are text, whitespace control ({@code -}) trims the text beside a tag, and a newline right
 * after a statement tag is dropped ({@code trim_blocks}). Any other statement ({@code if}, {@code for}, ...), an
 * unclosed tag or an expression outside the subset makes the template unsupported.
 */
final class TemplateParser {
  private static final Pattern END_RAW = Pattern.compile("\\{%(-?)\\s*endraw\\s*(-?)%}");
  private static final Pattern RAW = Pattern.compile("-?\\s*raw\\s*-?");

  private final String text;
  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private int position;
  private boolean trimNext;

  private TemplateParser(String text) {
    this.text = text;
  }

  /** The pieces of {@code text}, or empty when the template is unsupported. */
  static Optional<List<Piece>> parse(String text) {
    TemplateParser parser = new TemplateParser(text);
    return parser.run() ? Optional.of(List.copyOf(parser.pieces)) : Optional.empty();
  }

  private boolean run() {
    while (position < text.length()) {
      int open = nextTag(position);
      if (open < 0) {
        appendText(text.substring(position));
        break;
      }
      appendText(text.substring(position, open));
      char kind = text.charAt(open + 1);
      boolean trimBefore = open + 2 < text.length() && text.charAt(open + 2) == '-';
      if (trimBefore) {
        trimPendingEnd();
      }
      boolean handled = switch (kind) {
        case '#' -> comment(open);
        case '%' -> statement(open);
        default -> expression(open);
      };
      if (!handled) {
        return false;
      }
    }
    flushText();
    return true;
  }

  private int nextTag(int from) {
    int index = text.indexOf('{', from);
    while (index >= 0 && index + 1 < text.length()) {
      char next = text.charAt(index + 1);
      if (next == '{' || next == '%' || next == '#') {
        return index;
      }
      index = text.indexOf('{', index + 1);
    }
    return -1;
  }

  private boolean comment(int open) {
    int close = text.indexOf("#}", open + 2);
    if (close < 0) {
      return false;
    }
    trimNext = text.charAt(close - 1) == '-';
    position = close + 2;
    return true;
  }

  private boolean statement(int open) {
    int close = tagEnd(open + 2, "%}");
    if (close < 0) {
      return false;
    }
    String body = text.substring(open + 2, close);
    if (!RAW.matcher(body.strip()).matches()) {
      return false;
    }
    Matcher end = END_RAW.matcher(text);
    if (!end.find(close + 2)) {
      return false;
    }
    String raw = text.substring(skipBlockNewline(close + 2, body.endsWith("-")), end.start());
    if (!end.group(1).isEmpty()) {
      raw = raw.stripTrailing();
    }
    trimNext = false;
    appendText(raw);
    trimNext = !end.group(2).isEmpty();
    position = skipBlockNewline(end.end(), trimNext);
    return true;
  }

  /** After a statement tag, Ansible's {@code trim_blocks} drops one newline; a {@code -} drops all blank space. */
  private int skipBlockNewline(int index, boolean trimmed) {
    if (trimmed) {
      int i = index;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }
    return index < text.length() && text.charAt(index) == '\n' ? index + 1 : index;
  }

  private boolean expression(int open) {
    int close = tagEnd(open + 2, "}}");
    if (close < 0) {
      return false;
    }
    String body = text.substring(open + 2, close);
    if (body.startsWith("-")) {
      body = body.substring(1);
    }
    trimNext = body.endsWith("-");
    if (trimNext) {
      body = body.substring(0, body.length() - 1);
    }
    Optional<Expression> expression = ExpressionParser.parse(body);
    if (expression.isEmpty()) {
      return false;
    }
    flushText();
    pieces.add(new Piece.Expr(expression.get()));
    position = close + 2;
    return true;
  }

  /** The index of {@code end} closing a tag whose body starts at {@code from}, skipping strings and braces. */
  private int tagEnd(int from, String end) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (depth == 0 && text.startsWith(end, i)) {
        return i;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
    }
    return -1;
  }

  private void appendText(String part) {
    String added = trimNext ? part.stripLeading() : part;
    trimNext = trimNext && added.isEmpty();
    pending.append(added);
  }

  private void trimPendingEnd() {
    int end = pending.length();
    while (end > 0 && Character.isWhitespace(pending.charAt(end - 1))) {
      end--;
    }
    pending.setLength(end);
  }

  private void flushText() {
    if (!pending.isEmpty()) {
      pieces.add(new Piece.Text(pending.toString()));
      pending.setLength(0);
    }
  }
}

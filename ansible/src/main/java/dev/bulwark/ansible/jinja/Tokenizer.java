package dev.bulwark.ansible.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Jinja expression into tokens. Punctuation outside the subset's
 * ({@code | . , ( ) [ ] { } : = - + * / % ~ < > == != <= >= // **}) and unterminated strings make the expression
 * unsupported.
 */
final class Tokenizer {
  private static final String PUNCTUATION = "|.,()[]{}:=-+*/%~<>";

  private final String source;
  private final List<Token> tokens = new ArrayList<>();
  private int position;

  private Tokenizer(String source) {
    this.source = source;
  }

  static Optional<List<Token>> tokenize(String source) {
    Tokenizer tokenizer = new Tokenizer(source);
    return tokenizer.run() ? Optional.of(List.copyOf(tokenizer.tokens)) : Optional.empty();
  }

  private boolean run() {
    while (position < source.length()) {
      char c = source.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = position;
        while (position < source.length()
            && (Character.isLetterOrDigit(source.charAt(position)) || source.charAt(position) == '_')) {
          position++;
        }
        tokens.add(new Token(Token.Kind.NAME, source.substring(start, position)));
      } else if (Character.isDigit(c)) {
        number();
      } else if (c == '\'' || c == '"') {
        if (!string(c)) {
          return false;
        }
      } else if (twoCharacterOperator()) {
        tokens.add(new Token(Token.Kind.PUNCTUATION, source.substring(position, position + 2)));
        position += 2;
      } else if (PUNCTUATION.indexOf(c) >= 0) {
        tokens.add(new Token(Token.Kind.PUNCTUATION, String.valueOf(c)));
        position++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** {@code ==}, {@code !=}, {@code <=}, {@code >=}, {@code //} or {@code **} at the position. */
  private boolean twoCharacterOperator() {
    if (position + 1 >= source.length()) {
      return false;
    }
    char first = source.charAt(position);
    char second = source.charAt(position + 1);
    return "=!<>".indexOf(first) >= 0 && second == '=' || (first == '/' || first == '*') && second == first;
  }

  private void number() {
    int start = position;
    skipDigits(true);
    if (position + 1 < source.length() && source.charAt(position) == '.'
        && Character.isDigit(source.charAt(position + 1))) {
      position++;
      skipDigits(false);
    }
    tokens.add(new Token(Token.Kind.NUMBER, source.substring(start, position).replace("_", "")));
  }

  private void skipDigits(boolean underscores) {
    while (position < source.length()
        && (Character.isDigit(source.charAt(position)) || underscores && source.charAt(position) == '_')) {
      position++;
    }
  }

  private boolean string(char quote) {
    StringBuilder value = new StringBuilder();
    position++;
    while (position < source.length()) {
      char c = source.charAt(position++);
      if (c == quote) {
        tokens.add(new Token(Token.Kind.STRING, value.toString()));
        return true;
      }
      if (c == '\\' && position < source.length()) {
        value.append(escape(source.charAt(position++)));
      } else {
        value.append(c);
      }
    }
    return false;
  }

  private static String escape(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case '\\', '\'', '"' -> String.valueOf(c);
      default -> "\\" + c;
    };
  }
}

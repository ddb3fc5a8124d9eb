package dev.bulwark.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code source} of each top-level {@code module} block of a file without parsing it: a single pass that
 * skips comments, strings (with their interpolations) and heredocs and counts brackets. Only literal sources are
 * returned. It decides which folders are called as modules before any unit is analysed, so it must be cheap; the
 * parser has the last word on what a module block is.
 */
final class ModuleCallSkim {
  private final String text;
  private int at;

  private ModuleCallSkim(String text) {
    this.text = text;
  }

  /** The literal {@code source} strings of the top-level module blocks in {@code text}. */
  static List<String> sources(String text) {
    if (!text.contains("module")) {
      return List.of();
    }
    return new ModuleCallSkim(text).sources();
  }

  private List<String> sources() {
    List<String> sources = new ArrayList<>();
    int depth = 0;
    int moduleDepth = -1;
    String previous = "";
    String beforePrevious = "";
    while (true) {
      String token = next();
      if (token == null) {
        return sources;
      }
      switch (token) {
        case "{", "[", "(" -> {
          if (token.equals("{") && depth == 0 && isModuleHeader(previous, beforePrevious)) {
            moduleDepth = 1;
          }
          depth++;
        }
        case "}", "]", ")" -> {
          depth = Math.max(0, depth - 1);
          if (depth < moduleDepth) {
            moduleDepth = -1;
          }
        }
        default -> {
          if (depth == moduleDepth && moduleDepth > 0 && isString(token) && previous.equals("=")
              && beforePrevious.equals("source") && !token.contains("${") && !token.contains("%{")) {
            sources.add(token.substring(1, token.length() - 1));
          }
        }
      }
      beforePrevious = previous;
      previous = token;
    }
  }

  private boolean isModuleHeader(String label, String keyword) {
    return keyword.equals("module") && (label.startsWith("\"") || isIdentifier(label));
  }

  private static boolean isString(String token) {
    return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"");
  }

  private static boolean isIdentifier(String token) {
    return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
  }

  /** The next token: an identifier, a quoted string (with its quotes), a bracket, {@code =}, or another mark. */
  private String next() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        skipLine();
      } else if (c == '/' && peek(1) == '*') {
        int end = text.indexOf("*/", at + 2);
        at = end < 0 ? text.length() : end + 2;
      } else if (c == '"') {
        int start = at;
        skipString();
        return text.substring(start, at);
      } else if (c == '<' && peek(1) == '<' && heredoc()) {
        return "<<";
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
            || text.charAt(at) == '-')) {
          at++;
        }
        return text.substring(start, at);
      } else {
        at++;
        return String.valueOf(c);
      }
    }
    return null;
  }

  private char peek(int ahead) {
    return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
  }

  private void skipLine() {
    int end = text.indexOf('\n', at);
    at = end < 0 ? text.length() : end + 1;
  }

  /** Skips a quoted string from its opening quote, including interpolations with strings inside. */
  private void skipString() {
    at++;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\\') {
        at += 2;
      } else if (c == '"') {
        at++;
        return;
      } else if (c == '\n') {
        return;
      } else if ((c == '$' || c == '%') && peek(1) == '{') {
        at += 2;
        skipExpression();
      } else {
        at++;
      }
    }
  }

  /** Skips a template interpolation or directive up to its closing brace. */
  private void skipExpression() {
    int depth = 1;
    while (at < text.length() && depth > 0) {
      char c = text.charAt(at);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      at++;
    }
  }

  /** Skips a heredoc from its {@code <<}, if one starts here; returns whether it did. */
  private boolean heredoc() {
    int start = at + 2 + (peek(2) == '-' ? 1 : 0);
    int end = start;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    if (end == start || end >= text.length() || (text.charAt(end) != '\n' && text.charAt(end) != '\r')) {
      return false;
    }
    String marker = text.substring(start, end);
    at = end;
    skipLine();
    while (at < text.length()) {
      int lineEnd = text.indexOf('\n', at);
      String line = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
      at = lineEnd < 0 ? text.length() : lineEnd + 1;
      if (line.strip().equals(marker)) {
        return true;
      }
    }
    return true;
  }
}

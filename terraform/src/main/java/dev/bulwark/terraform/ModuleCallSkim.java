package dev.bulwark.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code source} of each top-level {@code module} block of a file without parsing it: a single pass that
 * skips comments, strings (with their interpolations) and heredocs, counts brackets, and looks only at the words
 * {@code module} at the top level and {@code source} in a module block. Only literal sources are returned. It
 * decides which folders are called as modules before any unit is analysed, so it must be cheap; the parser has the
 * last word on what a module block is.
 */
final class ModuleCallSkim {
  /** Where the skim is in {@code module "name" { source = "..." }}. */
  private enum State {
    NONE,
    KEYWORD,
    LABEL,
    SOURCE,
    EQUALS
  }

  private final String text;
  private final List<String> sources = new ArrayList<>();
  private int at;
  private int depth;
  private boolean inModule;
  private State state = State.NONE;

  private ModuleCallSkim(String text) {
    this.text = text;
  }

  /** The literal {@code source} strings of the top-level module blocks in {@code text}. */
  static List<String> sources(String text) {
    if (!text.contains("module")) {
      return List.of();
    }
    ModuleCallSkim skim = new ModuleCallSkim(text);
    skim.run();
    return skim.sources;
  }

  private void run() {
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
        string();
      } else if (c == '<' && peek(1) == '<' && heredoc()) {
        state = State.NONE;
      } else if (Character.isLetter(c) || c == '_') {
        word();
      } else {
        mark(c);
        at++;
      }
    }
  }

  private void word() {
    int start = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
        || text.charAt(at) == '-')) {
      at++;
    }
    if (depth == 0 && !inModule) {
      state = state == State.KEYWORD ? State.LABEL : is(start, "module") ? State.KEYWORD : State.NONE;
    } else {
      state = inModule && depth == 1 && is(start, "source") ? State.SOURCE : State.NONE;
    }
  }

  private boolean is(int start, String word) {
    return at - start == word.length() && text.startsWith(word, start);
  }

  private void string() {
    int start = at;
    boolean literal = skipString();
    if (state == State.KEYWORD) {
      state = State.LABEL;
    } else if (state == State.EQUALS && literal && at - start >= 2 && text.charAt(at - 1) == '"') {
      sources.add(text.substring(start + 1, at - 1));
      state = State.NONE;
    } else {
      state = State.NONE;
    }
  }

  private void mark(char c) {
    if (c == '=' && state == State.SOURCE) {
      state = State.EQUALS;
      return;
    }
    if (c == '{' || c == '[' || c == '(') {
      if (c == '{' && depth == 0 && state == State.LABEL) {
        inModule = true;
      }
      depth++;
    } else if (c == '}' || c == ']' || c == ')') {
      depth = Math.max(0, depth - 1);
      if (depth == 0) {
        inModule = false;
      }
    }
    state = State.NONE;
  }

  private char peek(int ahead) {
    return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
  }

  private void skipLine() {
    int end = text.indexOf('\n', at);
    at = end < 0 ? text.length() : end + 1;
  }

  /** Skips a quoted string from its opening quote; returns whether it has no interpolation or directive. */
  private boolean skipString() {
    boolean literal = true;
    at++;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\\') {
        at += 2;
      } else if (c == '"') {
        at++;
        return literal;
      } else if (c == '\n') {
        return false;
      } else if ((c == '$' || c == '%') && peek(1) == '{') {
        literal = false;
        at += 2;
        skipExpression();
      } else {
        at++;
      }
    }
    return false;
  }

  /** Skips a template interpolation or directive up to its closing brace. */
  private void skipExpression() {
    int open = 1;
    while (at < text.length() && open > 0) {
      char c = text.charAt(at);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '{') {
        open++;
      } else if (c == '}') {
        open--;
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
      int stop = lineEnd < 0 ? text.length() : lineEnd;
      boolean closes = text.substring(at, stop).strip().equals(marker);
      at = lineEnd < 0 ? text.length() : lineEnd + 1;
      if (closes) {
        return true;
      }
    }
    return true;
  }
}

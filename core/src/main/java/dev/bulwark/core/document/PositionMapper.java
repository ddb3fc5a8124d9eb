package dev.bulwark.core.document;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;

/** Turns parser positions into ranges of a {@link SourceText}, trimming trailing blank space off a node's end. */
final class PositionMapper {
  private final SourceText source;

  PositionMapper(SourceText source) {
    this.source = source;
  }

  /** The UTF-16 offset of a 0-based line and 0-based column counted in code points (SnakeYAML's marks). */
  int offsetOfCodePoint(int line, int codePointColumn) {
    if (line >= source.lineCount()) {
      return source.text().length();
    }
    int lineStart = source.offset(line + 1, 1);
    try {
      return source.text().offsetByCodePoints(lineStart, codePointColumn);
    } catch (IndexOutOfBoundsException e) {
      return source.text().length();
    }
  }

  /** The range from {@code start} to {@code end}, with blank space before {@code end} left out. */
  Range range(int start, int end) {
    String text = source.text();
    int trimmed = Math.min(end, text.length());
    while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    return source.range(start, Math.max(start, trimmed));
  }

  /** A one-character range at {@code offset} (or an empty one at the end of the text), for an error. */
  Range at(int offset) {
    String text = source.text();
    int start = Math.min(offset, text.length());
    boolean onCharacter = start < text.length() && text.charAt(start) != '\n' && text.charAt(start) != '\r';
    return source.range(start, onCharacter ? start + 1 : start);
  }

  /** The length of the JSON string literal starting with a quote at {@code start}, quotes included. */
  int quotedLength(int start) {
    String text = source.text();
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length()) - start;
  }
}

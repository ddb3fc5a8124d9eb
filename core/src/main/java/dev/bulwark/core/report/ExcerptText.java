package dev.bulwark.core.report;

import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Range;
import java.util.Optional;

/** Text cut from a finding's excerpt; lines are joined with {@code \n}. */
final class ExcerptText {
  private ExcerptText() {}

  /** The text of {@code range}, if the excerpt holds every line of it; columns past a line's end are clamped. */
  static Optional<String> of(Excerpt excerpt, Range range) {
    if (excerpt.line(range.startLine()).isEmpty() || excerpt.line(range.endLine()).isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int number = range.startLine(); number <= range.endLine(); number++) {
      String line = excerpt.line(number).orElseThrow();
      int from = number == range.startLine() ? clamp(range.startColumn() - 1, line) : 0;
      int to = number == range.endLine() ? clamp(range.endColumn() - 1, line) : line.length();
      if (number > range.startLine()) {
        text.append('\n');
      }
      text.append(line, from, Math.max(from, to));
    }
    return Optional.of(text.toString());
  }

  /** All the excerpt's lines. */
  static String all(Excerpt excerpt) {
    return String.join("\n", excerpt.lines());
  }

  private static int clamp(int index, String line) {
    return Math.min(index, line.length());
  }
}

package dev.bulwark.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * A region of a source file: the file's path relative to the scan's base directory ({@code /}-separated) and
 * 1-based start and end positions. Columns count UTF-16 code units, as SARIF does by default; the end column is
 * exclusive (the column just after the last character of the region). A byte-order mark, CRLF line endings and
 * tabs never shift a line or a column: a tab is one column, {@code \r} belongs to the line it ends.
 */
public record Range(String file, int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<Range> {

  private static final Comparator<Range> ORDER = Comparator.comparing(Range::file)
      .thenComparingInt(Range::startLine)
      .thenComparingInt(Range::startColumn)
      .thenComparingInt(Range::endLine)
      .thenComparingInt(Range::endColumn);

  public Range {
    Objects.requireNonNull(file, "file");
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "invalid range " + file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  /** A range that starts and ends on one line. */
  public static Range ofLine(String file, int line, int startColumn, int endColumn) {
    return new Range(file, line, startColumn, line, endColumn);
  }

  /** The smallest range that covers this range and {@code other} (which must be in the same file). */
  public Range span(Range other) {
    if (!file.equals(other.file)) {
      throw new IllegalArgumentException("ranges in different files: " + file + ", " + other.file);
    }
    Range first = compareStart(other) <= 0 ? this : other;
    boolean thisEndsLater = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
    Range last = thisEndsLater ? this : other;
    return new Range(file, first.startLine, first.startColumn, last.endLine, last.endColumn);
  }

  /** Whether {@code other} lies inside this range. */
  public boolean contains(Range other) {
    return file.equals(other.file) && compareStart(other) <= 0
        && (other.endLine < endLine || (other.endLine == endLine && other.endColumn <= endColumn));
  }

  private int compareStart(Range other) {
    return startLine != other.startLine
        ? Integer.compare(startLine, other.startLine)
        : Integer.compare(startColumn, other.startColumn);
  }

  @Override
  public int compareTo(Range other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column-endLine:endColumn}; editors and IDEs link its {@code file:line:column} prefix. */
  @Override
  public String toString() {
    return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}

package dev.bulwark.core;

import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Anything a scan reports that is not a finding: a parse error, a file that was skipped, a module that was not
 * loaded. Diagnostics are reported, never thrown past the scanner.
 *
 * @param level   how bad it is for the scan's completeness
 * @param code    a stable kebab-case code, e.g. {@code parse-error}
 * @param message a sentence for a human
 * @param file    the file concerned, relative to the base directory ({@code ""} when none)
 * @param range   where in the file, when known
 */
public record Diagnostic(Level level, String code, String message, String file, Optional<Range> range)
    implements Comparable<Diagnostic> {

  /** Diagnostic levels, as SARIF notification levels. */
  public enum Level {
    ERROR,
    WARNING,
    NOTE
  }

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
      .thenComparing(d -> d.range().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Diagnostic::code)
      .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
  }

  /** A diagnostic at {@code range}. */
  public static Diagnostic at(Level level, String code, String message, Range range) {
    return new Diagnostic(level, code, message, range.file(), Optional.of(range));
  }

  /** A diagnostic about a whole file. */
  public static Diagnostic forFile(Level level, String code, String message, String file) {
    return new Diagnostic(level, code, message, file, Optional.empty());
  }

  /** An {@code unreadable} error: {@code file} could not be read, for {@code cause}. */
  public static Diagnostic unreadable(String file, IOException cause) {
    return forFile(Level.ERROR, "unreadable", "cannot read: " + cause.getMessage(), file);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return range.map(Range::toString).orElse(file) + ": " + level.name().toLowerCase(Locale.ROOT)
        + " [" + code + "] " + message;
  }
}

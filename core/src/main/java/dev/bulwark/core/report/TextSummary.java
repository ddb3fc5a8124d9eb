package dev.bulwark.core.report;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text report's last line, e.g. {@code 3 findings (1 high, 2 medium) in 2 files, 1 suppressed; 5 files scanned,
 * 1 error}. Severities, suppressions and diagnostic levels that did not occur are left out.
 */
final class TextSummary {
  private TextSummary() {}

  static String line(ScanResult result) {
    String suppressed = result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed";
    return findings(result.findings()) + suppressed + "; " + scanned(result);
  }

  /** {@code "1 file"}, {@code "2 files"}. */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "No findings";
    }
    String severities = Stream.of(Severity.values())
        .sorted(Comparator.reverseOrder())
        .flatMap(severity -> counted(findings, f -> f.severity() == severity, n -> n + " " + severity.label()))
        .collect(Collectors.joining(", "));
    long files = findings.stream().map(finding -> finding.range().file()).distinct().count();
    return plural(findings.size(), "finding") + " (" + severities + ") in " + plural(files, "file");
  }

  private static String scanned(ScanResult result) {
    Stream<String> levels = Stream.of(Diagnostic.Level.values())
        .flatMap(level -> counted(result.diagnostics(), d -> d.level() == level,
            n -> plural(n, level.name().toLowerCase(Locale.ROOT))));
    return Stream.concat(Stream.of(plural(result.files().size(), "file") + " scanned"), levels)
        .collect(Collectors.joining(", "));
  }

  /** The count of matching items as text, or nothing when there are none. */
  private static <T> Stream<String> counted(List<T> items, Predicate<T> matches, LongFunction<String> text) {
    long n = items.stream().filter(matches).count();
    return n == 0 ? Stream.empty() : Stream.of(text.apply(n));
  }
}

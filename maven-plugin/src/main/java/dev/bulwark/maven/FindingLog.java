package dev.bulwark.maven;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a scan to the build log: one line per finding, {@code path:line:col: SEVERITY BWnnn message} with an
 * absolute path IDEs link to (an error when it fails the build, a warning otherwise), the diagnostics, and a
 * summary line.
 */
final class FindingLog {
  private final Log log;
  private final Optional<Severity> threshold;

  FindingLog(Log log, Optional<Severity> threshold) {
    this.log = log;
    this.threshold = threshold;
  }

  void log(ScanResult result) {
    for (Finding finding : result.findings()) {
      String line = line(result, finding);
      if (threshold.filter(finding.severity()::isAtLeast).isPresent()) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
    for (Diagnostic diagnostic : result.diagnostics()) {
      String where = diagnostic.range().map(range -> position(result, range)).orElse(diagnostic.file());
      log.warn(where + ": " + diagnostic.code() + ": " + diagnostic.message());
    }
    log.info(summary(result));
  }

  static String line(ScanResult result, Finding finding) {
    return position(result, finding.range()) + ": " + finding.severity().name() + " " + finding.ruleId() + " "
        + finding.message();
  }

  private static String position(ScanResult result, Range range) {
    return result.baseDirectory().resolve(range.file()) + ":" + range.startLine() + ":" + range.startColumn();
  }

  static String summary(ScanResult result) {
    long files = result.findings().stream().map(finding -> finding.range().file()).distinct().count();
    String suppressed = result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed";
    return String.format(Locale.ROOT, "Bulwark: %d finding%s in %d file%s%s; %d file%s scanned, %d diagnostic%s",
        result.findings().size(), plural(result.findings().size()), files, plural(files), suppressed,
        result.files().size(), plural(result.files().size()), result.diagnostics().size(),
        plural(result.diagnostics().size()));
  }

  private static String plural(long count) {
    return count == 1 ? "" : "s";
  }
}

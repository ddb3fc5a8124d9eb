package dev.bulwark.core.report;

import dev.bulwark.core.BulwarkVersion;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.scan.Baseline;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a baseline file: every finding of a scan that is not suppressed in the code (those a baseline accepted
 * included), so that later scans given it count only new findings. Only the fingerprints are read back; the other
 * fields are there for the people who review the file. The same result always gives the same bytes.
 */
public final class BaselineReport {
  private BaselineReport() {}

  record Document(int version, String tool, List<Entry> findings) {}

  record Entry(String fingerprint, String ruleId, String file, int line, String resource, String message) {}

  /** Writes the baseline of {@code result} to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, OutputStream out) throws IOException {
    List<Entry> entries = Stream.concat(result.findings().stream(), result.suppressed().stream()
            .filter(entry -> entry.suppression() instanceof Suppression.Baseline)
            .map(SuppressedFinding::finding))
        .sorted()
        .map(BaselineReport::entry)
        .distinct()
        .toList();
    JsonOutput.write(new Document(Baseline.VERSION, "Bulwark " + BulwarkVersion.current(), entries), out);
  }

  private static Entry entry(Finding finding) {
    return new Entry(finding.fingerprint(), finding.ruleId(), finding.range().file(), finding.range().startLine(),
        finding.resourceAddress(), finding.message());
  }
}

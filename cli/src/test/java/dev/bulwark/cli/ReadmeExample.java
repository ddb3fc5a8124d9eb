package dev.bulwark.cli;

import dev.bulwark.Bulwark;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.report.SarifReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The library example of README.md, between the markers, exactly as README shows it. */
final class ReadmeExample {
  private ReadmeExample() {}

  static List<Finding> scan(Path folder, Path report) throws IOException {
    // readme:start
    ScanResult result = Bulwark.scanner()
        .path(folder)
        .minimumSeverity(Severity.MEDIUM)
        .disableRules(List.of("BW401"))
        .build()
        .scan();
    try (OutputStream out = Files.newOutputStream(report)) {
      SarifReport.write(result, out);
    }
    List<Finding> high = result.findingsAtLeast(Severity.HIGH);
    // readme:end
    return high;
  }
}

package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSummaryTest {
  @Test
  void countsFindingsBySeverityFilesAndDiagnosticsByLevel() {
    assertThat(TextSummary.line(Samples.result()))
        .isEqualTo("3 findings (1 high, 1 medium, 1 low) in 2 files; 4 files scanned, 1 error, 1 warning, 1 note");
  }

  @Test
  void usesSingularAndPluralAndLeavesOutWhatDidNotOccur() {
    ScanResult sample = Samples.result();
    ScanResult result = new ScanResult(Samples.BASE, List.of(Samples.publicDatabase()), List.of(),
        List.of(Diagnostic.forFile(Diagnostic.Level.ERROR, "parse-error", "bad", "a.tf"),
            Diagnostic.forFile(Diagnostic.Level.ERROR, "parse-error", "bad", "b.tf")),
        sample.files().subList(0, 1), sample.rules(), 1, 0, Samples.TIMINGS);

    assertThat(TextSummary.line(result)).isEqualTo("1 finding (1 high) in 1 file; 1 file scanned, 2 errors");
  }

  @Test
  void countsSuppressedFindingsAfterTheFindings() {
    assertThat(TextSummary.line(Samples.withSuppressed())).isEqualTo(
        "3 findings (1 high, 1 medium, 1 low) in 2 files, 2 suppressed; 4 files scanned, 1 error, 1 warning, 1 note");
  }
}

package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Category;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String text(ScanResult result, boolean color) throws IOException {
    StringWriter out = new StringWriter();
    TextReport.write(result, out, color);
    return out.toString();
  }

  @Test
  void groupsFindingsByFileWithSourceMarkersRelatedLocationsDiagnosticsAndSummary() throws IOException {
    assertThat(text(Samples.result(), false)).isEqualTo("""
        == main.tf (2 findings)
        main.tf:3:3: HIGH BW101 Database instance `aws_db_instance.main` is reachable from the internet: \
        `publicly_accessible` should be false; it is true.
          |   publicly_accessible = true
          |   ^^^^^^^^^^^^^^^^^^^^^^^^^^
          variables.tf:2:13: note: variable default
          main.tf:1:1: note: resource
        main.tf:7:2: LOW BW401 Bucket `logs` has no access logging.
          | \tlogging {\t}
          | \t^^^^^^^

        == my dir/s3 bucket.tf (1 finding)
        my dir/s3 bucket.tf:2:3: MEDIUM BW301 Volume `aws_ebs_volume.data["a.b"]` is not encrypted.
          |   encrypted = {
          |   ^^^^^^^^^^^^^

        == 3 diagnostics
        broken.tf:4:7: error [parse-error] unexpected `}`
        huge.tf: warning [file-too-large] skipped: too large
        note [no-files] nothing else to scan

        3 findings (1 high, 1 medium, 1 low) in 2 files; 4 files scanned, 1 error, 1 warning, 1 note
        """);
  }

  @Test
  void reportsAnEmptyScanInOneLine() throws IOException {
    assertThat(text(Samples.empty(), false)).isEqualTo("No findings; 0 files scanned\n");
  }

  @Test
  void leavesOutTheSourceWhenTheExcerptLacksIt() throws IOException {
    Finding bare = new Finding("BW101", Severity.CRITICAL, Category.PUBLIC_DATABASE, "Public.",
        Range.ofLine("db.tf", 9, 1, 4), "aws_db_instance", "aws_db_instance.db", "", List.of(), "f",
        new Excerpt(1, List.of()));
    ScanResult result = new ScanResult(Samples.BASE, List.of(bare), List.of(), List.of(), List.of(), List.of(), 1, 0,
        Samples.TIMINGS);

    assertThat(text(result, false)).isEqualTo("""
        == db.tf (1 finding)
        db.tf:9:1: CRITICAL BW101 Public.

        1 finding (1 critical) in 1 file; 0 files scanned
        """);
  }

  @Test
  void coloursSeveritiesMarkersAndHeadersWhenAsked() throws IOException {
    String coloured = text(Samples.result(), true);

    assertThat(coloured)
        .contains("\u001b[1m== main.tf (2 findings)\u001b[0m")
        .contains("main.tf:3:3: \u001b[31mHIGH\u001b[0m BW101")
        .contains("  |   \u001b[31m^^^^^^^^^^^^^^^^^^^^^^^^^^\u001b[0m")
        .contains("\u001b[33mMEDIUM\u001b[0m", "\u001b[36mLOW\u001b[0m")
        .contains("  variables.tf:2:13: \u001b[36mnote:\u001b[0m variable default")
        .contains("broken.tf:4:7: \u001b[31merror\u001b[0m [parse-error]");
    assertThat(text(Samples.result(), false)).doesNotContain("\u001b");
  }

  @Test
  void neutralisesControlCharactersFromScannedFiles() throws IOException {
    Finding hostile = new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE, "name \u001b[2J is public",
        Range.ofLine("x\u001b]0;t\u0007.tf", 1, 3, 4), "t", "a", "", List.of(), "f",
        new Excerpt(1, List.of("a\u001bb = \u202etrue")));
    ScanResult result = new ScanResult(Samples.BASE, List.of(hostile), List.of(), List.of(), List.of(), List.of(), 1, 0,
        Samples.TIMINGS);

    String text = text(result, false);

    assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e")
        .contains("name \uFFFD[2J is public", "  | a\uFFFDb = \uFFFDtrue\n  |   ^\n");
  }
}
